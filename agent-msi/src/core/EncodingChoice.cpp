// EncodingChoice: see EncodingChoice.h.
#include "EncodingChoice.h"

#include <algorithm>

#include "ColorTable.h"

namespace adhoc {

RectEncoding EncodingChoice::choose(const std::uint8_t* pixels, std::size_t stride, int width, int height) {
    // Most changed rects hold one or two colours (text, a window's background); found without a
    // ColorTable, whose setup was most of the time between a key's echo and its frame leaving.
    ColorTable::TwoColors two;
    if (ColorTable::twoColors(pixels, stride, width, height, two)) return RectEncoding::Bilevel;
    const int limit = maxLosslessColors(width * height);
    return countColors(pixels, stride, width, height, limit) <= limit ? RectEncoding::Webp : RectEncoding::Jpeg;
}

int EncodingChoice::maxLosslessColors(int pixels) {
    // An eighth of the pixels, at least 1,024; at most 16,384 (ColorTable numbers colours in
    // 16 bits, and counting more would cost a photo-sized rect more than its JPEG).
    return std::clamp(pixels / 8, 1024, 16384);
}

int EncodingChoice::countColors(const std::uint8_t* pixels, std::size_t stride, int width, int height, int limit) {
    ColorTable table(limit);
    std::uint32_t last = 0xFFFFFFFFu;  // no colour
    for (int y = 0; y < height; ++y) {
        const std::uint8_t* row = pixels + static_cast<std::size_t>(y) * stride;
        for (int x = 0; x < width; ++x) {
            const std::uint32_t color = ColorTable::colorOf(row + static_cast<std::size_t>(x) * 4);
            if (color == last) continue;
            last = color;
            if (table.indexOf(color) < 0) return limit + 1;
        }
    }
    return static_cast<int>(table.colors().size());
}

}  // namespace adhoc

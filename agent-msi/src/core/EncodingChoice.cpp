// EncodingChoice: see EncodingChoice.h.
#include "EncodingChoice.h"

#include <algorithm>

#include "ColorTable.h"

namespace adhoc {

namespace {
// Most changed rects hold one or two colours (text, a window's background). This finds them
// without a ColorTable, whose table for a large rect costs more to set up than the scan: it
// was most of the time between a key's echo on the PC and its frame leaving.
bool hasAtMostTwoColors(const std::uint8_t* pixels, std::size_t stride, int width, int height) {
    const std::uint32_t first = ColorTable::colorOf(pixels);
    std::uint32_t second = first;
    for (int y = 0; y < height; ++y) {
        const std::uint8_t* row = pixels + static_cast<std::size_t>(y) * stride;
        for (int x = 0; x < width; ++x) {
            const std::uint32_t color = ColorTable::colorOf(row + static_cast<std::size_t>(x) * 4);
            if (color == first || color == second) continue;
            if (first != second) return false;
            second = color;
        }
    }
    return true;
}
}  // namespace

RectEncoding EncodingChoice::choose(const std::uint8_t* pixels, std::size_t stride, int width, int height) {
    if (hasAtMostTwoColors(pixels, stride, width, height)) return RectEncoding::Bilevel;
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

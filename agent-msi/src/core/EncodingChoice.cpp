// EncodingChoice: see EncodingChoice.h.
#include "EncodingChoice.h"

#include "ColorTable.h"

namespace adhoc {

RectEncoding EncodingChoice::choose(const std::uint8_t* pixels, std::size_t stride, int width, int height) {
    const int colors = countColors(pixels, stride, width, height, kMaxPngColors);
    return colors <= 2 ? RectEncoding::Bilevel : colors <= kMaxPngColors ? RectEncoding::Png : RectEncoding::Jpeg;
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

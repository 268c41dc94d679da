// EncodingChoice: see EncodingChoice.h.
#include "EncodingChoice.h"

#include <vector>

namespace adhoc {

RectEncoding EncodingChoice::choose(const std::uint8_t* pixels, std::size_t stride, int width, int height) {
    const int colors = countColors(pixels, stride, width, height, kMaxPngColors);
    return colors <= 2 ? RectEncoding::Bilevel : colors <= kMaxPngColors ? RectEncoding::Png : RectEncoding::Jpeg;
}

int EncodingChoice::countColors(const std::uint8_t* pixels, std::size_t stride, int width, int height, int limit) {
    // Open addressing in a table at least four times the limit, so probes stay short.
    std::size_t tableSize = 64;
    while (tableSize < static_cast<std::size_t>(limit) * 4) tableSize *= 2;
    constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
    std::vector<std::uint32_t> table(tableSize, kEmpty);
    int count = 0;
    std::uint32_t last = kEmpty;
    for (int y = 0; y < height; ++y) {
        const std::uint8_t* row = pixels + static_cast<std::size_t>(y) * stride;
        for (int x = 0; x < width; ++x) {
            const std::uint8_t* p = row + static_cast<std::size_t>(x) * 4;
            const std::uint32_t color = p[0] | (p[1] << 8) | (static_cast<std::uint32_t>(p[2]) << 16);
            if (color == last) continue;
            last = color;
            std::size_t slot = (color * 2654435761u) & (tableSize - 1);
            while (table[slot] != kEmpty && table[slot] != color) slot = (slot + 1) & (tableSize - 1);
            if (table[slot] == color) continue;
            table[slot] = color;
            if (++count > limit) return count;
        }
    }
    return count;
}

}  // namespace adhoc

// ColorTable: see ColorTable.h.
#include "ColorTable.h"

namespace adhoc {

ColorTable::ColorTable(int limit) : limit_(static_cast<std::size_t>(limit)) {
    std::size_t slots = 64;
    shift_ = 32 - 6;
    while (slots < limit_ * 4) {
        slots *= 2;
        --shift_;
    }
    keys_.assign(slots, kEmpty);
    indices_.assign(slots, 0);
}

bool ColorTable::twoColors(const std::uint8_t* pixels, std::size_t stride, int width, int height, TwoColors& out) {
    out.first = out.second = colorOf(pixels);
    out.firstCount = 0;
    for (int y = 0; y < height; ++y) {
        const std::uint8_t* row = pixels + static_cast<std::size_t>(y) * stride;
        for (int x = 0; x < width; ++x) {
            const std::uint32_t color = colorOf(row + static_cast<std::size_t>(x) * 4);
            if (color == out.first) {
                ++out.firstCount;
            } else if (out.second == out.first) {
                out.second = color;
            } else if (color != out.second) {
                return false;
            }
        }
    }
    return true;
}

int ColorTable::indexOf(std::uint32_t color) {
    const std::size_t mask = keys_.size() - 1;
    std::size_t slot = (color * 2654435761u) >> shift_;
    while (keys_[slot] != kEmpty && keys_[slot] != color) slot = (slot + 1) & mask;
    if (keys_[slot] == color) return indices_[slot];
    if (colors_.size() == limit_) return -1;
    keys_[slot] = color;
    indices_[slot] = static_cast<std::uint16_t>(colors_.size());
    colors_.push_back(color);
    return indices_[slot];
}

}  // namespace adhoc

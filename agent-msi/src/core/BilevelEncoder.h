// BilevelEncoder: a screen rect of one or two colours as the payload of a bilevel rect
// frame (docs/protocol.md, "Bilevel rects"): its two colours, or a note that they are the
// same two as the previous bilevel rect's, then the coded bitmap (BilevelCoder).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "BilevelCoder.h"

namespace adhoc {

class BilevelEncoder {
public:
    // A rect of at most this many pixels always codes to under 1 MB (16 bits a pixel at worst).
    static constexpr int kMaxPixels = 500000;

    // `pixels`: the rect's first 32-bit pixel (BGRx), `stride` bytes per row. False (and
    // nothing appended) when the rect has more than two colours.
    bool encode(const std::uint8_t* pixels, std::size_t stride, int width, int height, std::vector<std::uint8_t>& out);
    // A new screen: colours and model start over, as the viewer's do.
    void reset();

private:
    // Fills bits_: 0 for colours_[0], 1 for the other colour (the rect has no third).
    void toBits(const std::uint8_t* pixels, std::size_t stride, int width, int height);

    BilevelCoder coder_;
    bool haveColours_ = false;
    std::uint32_t colours_[2] = {0, 0};  // 0xRRGGBB of bit 0 and bit 1
    std::vector<std::uint8_t> bits_;
};

}  // namespace adhoc

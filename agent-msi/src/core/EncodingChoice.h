// EncodingChoice: how one changed rectangle travels. Two colours (text, most of a window)
// go as a bilevel rect, by far the smallest for text; a few more colours (icons, menus)
// go lossless as PNG, which keeps them crisp; photos and gradients go as JPEG.
#pragma once

#include <cstddef>
#include <cstdint>

#include "RemoteProtocol.h"

namespace adhoc {

class EncodingChoice {
public:
    static constexpr int kMaxPngColors = 256;

    // `pixels` points at the rect's first 32-bit pixel (BGRx), `stride` bytes per row.
    static RectEncoding choose(const std::uint8_t* pixels, std::size_t stride, int width, int height);
    // Distinct RGB colours in the rect, counting stops above `limit`.
    static int countColors(const std::uint8_t* pixels, std::size_t stride, int width, int height, int limit);
};

}  // namespace adhoc

// EncodingChoice: JPEG or PNG for one changed rectangle. Regions with few colours
// (windows, menus, text on flat backgrounds) go lossless as PNG, which keeps text crisp
// and is usually smaller there; photos and gradients go as JPEG.
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

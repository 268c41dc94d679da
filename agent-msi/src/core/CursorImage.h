// CursorImage: recovers a pointer's colours and transparency from two renderings of it,
// one over black and one over white, which is all GDI's DrawIconEx offers for every
// kind of cursor (alpha, colour with mask, monochrome). Portable: 32-bit BGRA pixels.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace adhoc {

class CursorImage {
public:
    // Straight (non-premultiplied) BGRA for `pixelCount` pixels. Where black turns white
    // and white turns black (a monochrome cursor's "invert screen" pixels) the result is
    // opaque black, which is how such pointers look on the usual light backgrounds.
    static std::vector<std::uint8_t> fromBlackAndWhite(const std::uint8_t* onBlack, const std::uint8_t* onWhite,
                                                       std::size_t pixelCount);
};

}  // namespace adhoc

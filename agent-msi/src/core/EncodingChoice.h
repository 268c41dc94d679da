// EncodingChoice: how one changed rectangle travels. Two colours (text, most of a window)
// go as a bilevel rect, by far the smallest for text; more, but few for the rect's size
// (icons, menus, anti-aliased text with or without sub-pixel colour fringes), as WebP
// lossless, which keeps them crisp: a palette up to 256 colours, and a glyph copied from
// any earlier line of the rect. Photos and gradients go as JPEG.
#pragma once

#include <cstddef>
#include <cstdint>

#include "RemoteProtocol.h"

namespace adhoc {

class EncodingChoice {
public:
    // `pixels` points at the rect's first 32-bit pixel (BGRx), `stride` bytes per row.
    static RectEncoding choose(const std::uint8_t* pixels, std::size_t stride, int width, int height);
    // Distinct RGB colours in the rect, counting stops above `limit`.
    static int countColors(const std::uint8_t* pixels, std::size_t stride, int width, int height, int limit);
    // The most colours a rect of `pixels` may have and still go lossless (as WebP).
    // Anti-aliased text with sub-pixel fringes (ClearType) has hundreds of colours in a
    // 64x64 tile (up to about 850, a fifth of its pixels) but few for a large rect (a
    // screen of it, about 6,000); a photo or a video frame has a new colour at nearly every
    // pixel. Measured on the remote benchmark's screens: text as (truecolour) PNG took 0.9x
    // to 1.4x the bytes of a JPEG of it, which blurs it; photos took about 8x.
    static int maxLosslessColors(int pixels);
};

}  // namespace adhoc

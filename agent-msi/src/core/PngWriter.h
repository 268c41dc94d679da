// PngWriter: PNG files of pointer shapes, 32-bit pixels with alpha, with our own Deflate
// (screen rects go as bilevel, WebP or JPEG). Keeps its buffers between images; one per
// thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "Deflate.h"

namespace adhoc {

class PngWriter {
public:
    // `pixels` points at the first BGRA pixel, `stride` bytes per row; the PNG replaces `out`.
    void withAlpha(const std::uint8_t* pixels, std::size_t stride, int width, int height,
                   std::vector<std::uint8_t>& out);

private:
    // rows_: one filter byte (0, none) and RGBA per pixel.
    void packColors(const std::uint8_t* pixels, std::size_t stride, int width, int height);

    Deflate deflate_;
    std::vector<std::uint8_t> rows_;  // the image data before compression
    std::vector<std::uint8_t> compressed_;
};

}  // namespace adhoc

// JpegEncoder: screen rects of many colours (photos, gradients) as JPEG through the Windows
// Imaging Component, 32-bit BGRx in. (PNG is our own PngWriter, faster than WIC's encoder.)
// One per thread: COM must be initialised on the thread that creates and uses it.
#pragma once

#include <wincodec.h>

#include <cstddef>
#include <cstdint>
#include <vector>

#include "Com.h"

namespace adhoc::remote {

class JpegEncoder {
public:
    JpegEncoder();
    bool ready() const { return static_cast<bool>(factory_); }

    // `pixels` points at the first pixel, `stride` bytes per row; false (logged) on failure.
    bool encode(const std::uint8_t* pixels, std::size_t stride, int width, int height, float quality,
                std::vector<std::uint8_t>& out);

private:
    bool writePixels(IWICBitmapFrameEncode* frame, const std::uint8_t* pixels, std::size_t stride, int width,
                     int height);

    ComRef<IWICImagingFactory> factory_;
    std::vector<std::uint8_t> buffer_;  // BGR rows for the JPEG encoder
};

}  // namespace adhoc::remote

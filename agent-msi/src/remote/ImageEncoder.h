// ImageEncoder: JPEG and PNG through the Windows Imaging Component, for screen rects
// (32-bit BGRx in; 24-bit out, or a palette PNG of 1 to 8 bits per pixel when the rect
// has at most 256 colours) and pointer shapes (BGRA with alpha). One per thread:
// COM must be initialised on the thread that creates and uses it.
#pragma once

#include <wincodec.h>

#include <cstddef>
#include <cstdint>
#include <vector>

#include "RemoteHandles.h"

namespace adhoc::remote {

class ImageEncoder {
public:
    ImageEncoder();
    bool ready() const { return static_cast<bool>(factory_); }

    // `pixels` points at the first pixel, `stride` bytes per row; false (logged) on failure.
    bool jpeg(const std::uint8_t* pixels, std::size_t stride, int width, int height, float quality,
              std::vector<std::uint8_t>& out);
    bool png(const std::uint8_t* pixels, std::size_t stride, int width, int height, std::vector<std::uint8_t>& out);
    bool pngWithAlpha(const std::uint8_t* pixels, std::size_t stride, int width, int height,
                      std::vector<std::uint8_t>& out);

private:
    enum class Output { Bgr, Bgra, PaletteOrBgr };
    struct Image {
        const std::uint8_t* pixels;
        std::size_t stride;
        int width;
        int height;
        Output output;  // Bgra: kept as is; Bgr: BGRx reduced to BGR; PaletteOrBgr: indexed if it can be
    };
    // `jpegQuality` < 0: the container has no quality option.
    bool encode(const GUID& container, const Image& image, float jpegQuality, std::vector<std::uint8_t>& out);
    bool writePixels(IWICBitmapFrameEncode* frame, const Image& image);
    bool writeIndexed(IWICBitmapFrameEncode* frame, const Image& image);
    // Fills palette_ and buffer_ (packed indices); false when the image has over 256 colours.
    bool toPalette(const Image& image);
    void toBgr(const Image& image);

    ComRef<IWICImagingFactory> factory_;
    std::vector<std::uint8_t> buffer_;  // the pixels in the encoder's format
    std::vector<std::uint8_t> indices_;  // one byte per pixel, before packing
    std::vector<WICColor> palette_;
    UINT bitsPerIndex_ = 8;
};

}  // namespace adhoc::remote

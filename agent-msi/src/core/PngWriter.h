// PngWriter: PNG files from 32-bit screen pixels, with our own Deflate. Screen rects of up
// to 256 colours become palette images of 1 to 8 bits per pixel (a third of the data or
// less before compression), others 24-bit truecolour; pointer shapes keep their alpha.
// Written here rather than through the Windows Imaging Component: its PNG encoder took
// about 25 ms for half a 1080p screen under Wine, which held remote control to 15 frames
// a second. Keeps its buffers between images; one per thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "Deflate.h"

namespace adhoc {

class PngWriter {
public:
    // `pixels` points at the first BGRx (or BGRA) pixel, `stride` bytes per row; the PNG
    // replaces `out`.
    void screen(const std::uint8_t* pixels, std::size_t stride, int width, int height, std::vector<std::uint8_t>& out);
    void withAlpha(const std::uint8_t* pixels, std::size_t stride, int width, int height,
                   std::vector<std::uint8_t>& out);

private:
    enum ColorType : std::uint8_t { Truecolor = 2, Indexed = 3, TruecolorAlpha = 6 };
    // Fills palette_ and indices_; false when the image has over 256 colours.
    bool toPalette(const std::uint8_t* pixels, std::size_t stride, int width, int height);
    // rows_: one filter byte (0, none) and the packed indices per row.
    void packIndices(int width, int height, int bits);
    // rows_: one filter byte and RGB or RGBA per pixel.
    void packColors(const std::uint8_t* pixels, std::size_t stride, int width, int height, bool alpha);
    // rows_ of `rowBytes` each (the filter byte included): each byte less the Paeth predictor
    // of its left, upper and upper-left neighbours, which shrinks photos (the smooth fields
    // become small numbers) and leaves flat areas flat.
    void filterPaeth(int rowBytes, int height, int bytesPerPixel);
    void write(int width, int height, int bitDepth, ColorType type, std::vector<std::uint8_t>& out);

    Deflate deflate_;
    std::vector<std::uint32_t> palette_;  // 0xRRGGBB in order of first use
    std::vector<std::uint8_t> indices_;   // one per pixel
    std::vector<std::uint8_t> rows_;      // the image data before compression
    std::vector<std::uint8_t> compressed_;
};

}  // namespace adhoc

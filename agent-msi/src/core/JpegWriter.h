// JpegWriter: baseline JPEG files (ITU T.81) from 32-bit screen pixels, for rects of many
// colours that do not compress losslessly: photos, video. Chroma at full resolution (4:4:4):
// on the benchmark's video this kept the same PSNR over R, G and B as 4:2:0 at a higher
// quality, for fewer bytes, and coloured edges keep their colour. The Huffman codes are made
// for each image from its own symbols, about 13% fewer bytes than the standard's tables.
// Keeps its buffers between images; one per thread.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "JpegBlocks.h"

namespace adhoc {

class JpegWriter {
public:
    // `pixels` points at the first BGRx pixel (the fourth byte is ignored), `stride` bytes per
    // row, up to 65535 pixels each way (the frame header's 16 bits), `quality` 1..100 as in
    // other encoders; the JPEG file replaces `out`.
    void screen(const std::uint8_t* pixels, std::size_t stride, int width, int height, int quality,
                std::vector<std::uint8_t>& out);

    // A Huffman table as a DHT segment holds it, and each symbol's code.
    struct Code {
        std::array<std::uint8_t, 16> perLength{};  // how many codes of 1..16 bits
        std::vector<std::uint8_t> symbols;          // by length, then by value
        std::array<std::uint16_t, 256> code{};
        std::array<std::uint8_t, 256> length{};
    };

private:
    // Each table's symbol counts: DC then AC, luminance then chrominance.
    void countSymbols();
    void writeHeaders(int width, int height, std::vector<std::uint8_t>& out) const;
    void writeScan(std::vector<std::uint8_t>& out) const;

    JpegBlocks blocks_;
    std::array<std::array<std::uint32_t, 256>, 4> counts_{};
    std::array<Code, 4> codes_;
};

}  // namespace adhoc

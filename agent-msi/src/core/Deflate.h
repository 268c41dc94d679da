// Deflate: compresses into a zlib stream (RFC 1950 around RFC 1951), as PNG's image data
// (pointer shapes) needs it, built for speed on screen images rather than for the last byte: greedy
// matching with one hash probe per position plus the same place a row up (flat areas and
// repeated rows become long matches, which is where screen images are redundant), then
// one block with Huffman codes made for the data, or the fixed codes when those are
// shorter (small images).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace adhoc {

class HuffmanCode;

class Deflate {
public:
    // Appends the zlib stream of `data` to `out`. `data` is an image of rows `rowBytes` long.
    void zlib(const std::uint8_t* data, std::size_t size, std::size_t rowBytes, std::vector<std::uint8_t>& out);

private:
    // Fills tokens_ and the symbol counts.
    void match(const std::uint8_t* data, std::size_t size, std::size_t rowBytes);

    static constexpr int kHashBits = 15;
    // Kept between calls, so an image costs no allocation:
    std::vector<std::uint32_t> head_;    // per hash of 3 bytes: the last position + 1, 0 for none
    std::vector<std::uint32_t> tokens_;  // a literal byte, or a match (see Deflate.cpp)
    std::vector<std::uint32_t> literalCounts_;
    std::vector<std::uint32_t> distanceCounts_;
};

}  // namespace adhoc

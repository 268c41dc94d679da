// BitWriter: appends bits to a byte vector least significant bit first, the order Deflate
// (RFC 1951) and WebP lossless (RFC 9649) both pack them in. Prefix codes come from
// HuffmanCode already bit-reversed, so they go out as plain values too.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "HuffmanCode.h"

namespace adhoc {

class BitWriter {
public:
    explicit BitWriter(std::vector<std::uint8_t>& out) : out_(out) {}

    // `count` is at most 32.
    void put(std::uint32_t bits, int count) {
        buffer_ |= static_cast<std::uint64_t>(bits) << used_;
        used_ += count;
        while (used_ >= 8) {
            out_.push_back(static_cast<std::uint8_t>(buffer_));
            buffer_ >>= 8;
            used_ -= 8;
        }
    }
    void put(const HuffmanCode& code, std::size_t symbol) { put(code.code(symbol), code.length(symbol)); }
    // Pads the last byte with zero bits.
    void flush() {
        if (used_ > 0) out_.push_back(static_cast<std::uint8_t>(buffer_));
        buffer_ = 0;
        used_ = 0;
    }

private:
    std::vector<std::uint8_t>& out_;
    std::uint64_t buffer_ = 0;
    int used_ = 0;
};

}  // namespace adhoc

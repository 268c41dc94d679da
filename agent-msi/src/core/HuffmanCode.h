// HuffmanCode: a prefix code over a small alphabet, in the canonical form Deflate stores
// (RFC 1951, 3.2.2): from the symbols' counts, with no code longer than a limit, or from
// given code lengths (the fixed codes). Codes are kept bit-reversed, ready to be written
// least significant bit first.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace adhoc {

class HuffmanCode {
public:
    // Unused symbols (count 0) get no code; at least two symbols always get one, as
    // decoders expect a complete code.
    static HuffmanCode fromCounts(const std::vector<std::uint32_t>& counts, int maxBits);
    static HuffmanCode fromLengths(std::vector<std::uint8_t> lengths);

    std::size_t size() const { return lengths_.size(); }
    int length(std::size_t symbol) const { return lengths_[symbol]; }
    std::uint32_t code(std::size_t symbol) const { return codes_[symbol]; }
    const std::vector<std::uint8_t>& lengths() const { return lengths_; }

private:
    std::vector<std::uint8_t> lengths_;
    std::vector<std::uint16_t> codes_;
};

}  // namespace adhoc

// Vp8lPrefixCode: one of the five prefix codes of a WebP lossless image (RFC 9649, 3.7.2),
// made from the symbols' counts and described the way the format stores it: as a "simple"
// code when at most two symbols, all below 256, are used (a single symbol then costs no bit
// per use: the alpha of an opaque screen, the colours of a flat rect), else as code lengths
// of up to 15 bits, themselves coded with the 19-symbol code-length code. The codes are
// canonical as Deflate's are, so HuffmanCode makes them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "BitWriter.h"
#include "HuffmanCode.h"

namespace adhoc {

class Vp8lPrefixCode {
public:
    explicit Vp8lPrefixCode(const std::vector<std::uint32_t>& counts);

    // Writes how the decoder rebuilds the code.
    void describe(BitWriter& bits) const;
    void put(BitWriter& bits, std::size_t symbol) const { bits.put(code_, symbol); }

private:
    void describeLengths(BitWriter& bits) const;

    std::vector<std::uint32_t> simpleSymbols_;  // one or two for a simple code, else none
    HuffmanCode code_;
};

}  // namespace adhoc

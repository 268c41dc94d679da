// HuffmanCodeTest: canonical codes as Deflate defines them, complete codes from counts,
// and the length limit on skewed counts.
#include <cstdint>
#include <ostream>
#include <vector>

#include "../src/core/HuffmanCode.h"
#include <doctest/doctest.h>

using adhoc::HuffmanCode;

namespace {

// The sum of 2^-length over the coded symbols, in units of 2^-limit: exactly 2^limit when
// the code is complete (what a decoder expects), more when it is not a prefix code.
std::uint64_t kraftSum(const HuffmanCode& code, int limit) {
    std::uint64_t sum = 0;
    for (std::size_t s = 0; s < code.size(); ++s)
        if (code.length(s) > 0) sum += std::uint64_t{1} << (limit - code.length(s));
    return sum;
}

}  // namespace

TEST_CASE("huffman_codes_from_lengths_are_the_canonical_ones_of_rfc_1951") {
    // RFC 1951, 3.2.2: lengths (3, 3, 3, 3, 3, 2, 4, 4) give 010 011 100 101 110 00 1110 1111;
    // kept bit-reversed, as they are written.
    const HuffmanCode code = HuffmanCode::fromLengths({3, 3, 3, 3, 3, 2, 4, 4});
    const std::uint32_t expected[] = {0b010, 0b110, 0b001, 0b101, 0b011, 0b00, 0b0111, 0b1111};
    for (std::size_t s = 0; s < 8; ++s) CHECK_EQ(code.code(s), expected[s]);
}

TEST_CASE("huffman_codes_from_counts_are_complete_and_favour_common_symbols") {
    const HuffmanCode code = HuffmanCode::fromCounts({100, 0, 50, 25, 25, 0}, 15);
    CHECK_EQ(code.length(0), 1);
    CHECK_EQ(code.length(1), 0);  // unused: no code
    CHECK_EQ(code.length(2), 2);
    CHECK_EQ(code.length(3), 3);
    CHECK_EQ(code.length(4), 3);
    CHECK_EQ(kraftSum(code, 15), std::uint64_t{1} << 15);
    // One symbol alone still makes a complete code of two.
    const HuffmanCode single = HuffmanCode::fromCounts({0, 0, 7}, 15);
    CHECK_EQ(single.length(2), 1);
    CHECK_EQ(kraftSum(single, 15), std::uint64_t{1} << 15);
}

TEST_CASE("huffman_codes_stay_within_the_length_limit") {
    // Fibonacci counts make the deepest plain Huffman tree: 29 symbols would need 28 bits.
    std::vector<std::uint32_t> counts = {1, 1};
    while (counts.size() < 29) counts.push_back(counts[counts.size() - 1] + counts[counts.size() - 2]);
    for (int limit : {7, 15}) {
        const HuffmanCode code = HuffmanCode::fromCounts(counts, limit);
        int longest = 0;
        for (std::size_t s = 0; s < code.size(); ++s) longest = code.length(s) > longest ? code.length(s) : longest;
        CHECK(longest <= limit);
        CHECK_EQ(kraftSum(code, limit), std::uint64_t{1} << limit);
        CHECK(code.length(28) <= code.length(0));  // the commonest symbol keeps the shortest code
    }
}

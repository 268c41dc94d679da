// Hex (tests only): bytes as lowercase hex, the way the tests and docs/vectors write them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace adhoc::test {

inline std::string hex(const std::vector<std::uint8_t>& bytes) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (std::uint8_t b : bytes) {
        out += digits[b >> 4];
        out += digits[b & 15];
    }
    return out;
}

}  // namespace adhoc::test

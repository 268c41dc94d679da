// BundleReader (tests only): the frames a binary message carries, as the viewer reads them
// (docs/protocol.md, "Binary frames"): a bundle's (kind 0x05, each frame after its u32
// little-endian length, nothing left over), or the message itself.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include <doctest/doctest.h>

namespace adhoc::test {

inline std::vector<std::vector<std::uint8_t>> framesOf(const std::uint8_t* data, std::size_t size) {
    if (size == 0 || data[0] != 0x05) return {std::vector<std::uint8_t>(data, data + size)};
    std::vector<std::vector<std::uint8_t>> frames;
    std::size_t at = 1;
    while (at + 4 <= size) {
        const std::size_t length = data[at] | data[at + 1] << 8 | data[at + 2] << 16 |
                                   static_cast<std::size_t>(data[at + 3]) << 24;
        at += 4;
        REQUIRE(at + length <= size);
        frames.emplace_back(data + at, data + at + length);
        at += length;
    }
    CHECK_EQ(at, size);
    return frames;
}

}  // namespace adhoc::test

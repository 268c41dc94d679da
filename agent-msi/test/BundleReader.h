// BundleReader (tests only): the frames a binary message carries, as the viewer reads them
// (docs/protocol.md, "Binary frames"): a bundle's (kind 0x06, each frame after its length as a
// LEB128 varint, nothing left over), or the message itself.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include <doctest/doctest.h>

namespace adhoc::test {

inline std::vector<std::vector<std::uint8_t>> framesOf(const std::uint8_t* data, std::size_t size) {
    if (size == 0 || data[0] != 0x06) return {std::vector<std::uint8_t>(data, data + size)};
    std::vector<std::vector<std::uint8_t>> frames;
    std::size_t at = 1;
    while (at < size) {
        std::size_t length = 0;
        for (int shift = 0;; shift += 7) {
            REQUIRE(at < size);
            length |= static_cast<std::size_t>(data[at] & 0x7F) << shift;
            if (!(data[at++] & 0x80)) break;
        }
        REQUIRE(at + length <= size);
        frames.emplace_back(data + at, data + at + length);
        at += length;
    }
    CHECK_EQ(at, size);
    return frames;
}

}  // namespace adhoc::test

// FileDataFrame: the layout of file-data frames (docs/protocol.md, "Binary frames", kind 0x04:
// u8 kind, u32 transfer little-endian, then the bytes), which carry downloads to the viewer and
// uploads from it. Its other side is the viewer's frames.js; docs/vectors holds both's bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace adhoc {

class FileDataFrame {
public:
    static constexpr std::uint8_t kKind = 0x04;
    static constexpr std::size_t kHeaderSize = 5;

    // Appends the header of a frame of `transfer`; the bytes go after it.
    static void appendHeader(std::vector<std::uint8_t>& out, std::uint32_t transfer);
    // The transfer of a file-data frame of `size` bytes; false when it is too short to hold one.
    static bool transferOf(const std::uint8_t* frame, std::size_t size, std::uint32_t& transfer);
};

}  // namespace adhoc

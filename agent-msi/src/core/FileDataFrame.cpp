// FileDataFrame: see FileDataFrame.h.
#include "FileDataFrame.h"

namespace adhoc {

void FileDataFrame::appendHeader(std::vector<std::uint8_t>& out, std::uint32_t transfer) {
    out.push_back(kKind);
    for (int shift = 0; shift < 32; shift += 8) out.push_back(static_cast<std::uint8_t>(transfer >> shift));
}

bool FileDataFrame::transferOf(const std::uint8_t* frame, std::size_t size, std::uint32_t& transfer) {
    if (size < kHeaderSize) return false;
    transfer = frame[1] | (frame[2] << 8) | (frame[3] << 16) | (static_cast<std::uint32_t>(frame[4]) << 24);
    return true;
}

}  // namespace adhoc

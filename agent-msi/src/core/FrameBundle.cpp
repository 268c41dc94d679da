// FrameBundle: see FrameBundle.h.
#include "FrameBundle.h"

namespace adhoc {

namespace {
constexpr std::size_t kLengthBytes = 4;
}

bool FrameBundle::add(const std::vector<std::uint8_t>& frame) {
    if (count_ > 0 && message_.size() + kLengthBytes + frame.size() > kMaxMessageBytes && !send()) return false;
    if (message_.empty()) message_.push_back(kKind);
    for (int shift = 0; shift < 32; shift += 8) message_.push_back(static_cast<std::uint8_t>(frame.size() >> shift));
    message_.insert(message_.end(), frame.begin(), frame.end());
    ++count_;
    return true;
}

bool FrameBundle::send() {
    if (count_ == 0) return true;
    const std::size_t skip = count_ == 1 ? 1 + kLengthBytes : 0;
    const bool sent = peer_.sendBinary(message_.data() + skip, message_.size() - skip);
    message_.clear();
    count_ = 0;
    return sent;
}

}  // namespace adhoc

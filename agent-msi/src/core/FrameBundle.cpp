// FrameBundle: see FrameBundle.h.
#include "FrameBundle.h"

namespace adhoc {

namespace {
// Enough for any length under the relay's limit (7 bits a byte).
constexpr std::size_t kMaxLengthBytes = 3;

void appendVarint(std::vector<std::uint8_t>& out, std::size_t value) {
    for (; value >= 0x80; value >>= 7) out.push_back(static_cast<std::uint8_t>(value | 0x80));
    out.push_back(static_cast<std::uint8_t>(value));
}
}  // namespace

bool FrameBundle::add(const std::vector<std::uint8_t>& frame) {
    if (count_ > 0 && message_.size() + kMaxLengthBytes + frame.size() > kMaxMessageBytes && !send()) return false;
    if (message_.empty()) message_.push_back(kKind);
    lastSize_ = frame.size();
    appendVarint(message_, frame.size());
    message_.insert(message_.end(), frame.begin(), frame.end());
    ++count_;
    return true;
}

bool FrameBundle::send() {
    if (count_ == 0) return true;
    const std::size_t skip = count_ == 1 ? message_.size() - lastSize_ : 0;
    const bool sent = peer_.sendBinary(message_.data() + skip, message_.size() - skip);
    message_.clear();
    count_ = 0;
    return sent;
}

}  // namespace adhoc

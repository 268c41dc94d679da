// TransferWindow: the flow-control arithmetic of File Manager transfers
// (docs/protocol.md, "File Manager"): the sender keeps at most 4 MiB unacknowledged, the
// receiver acknowledges about every 1 MiB and at the end. Portable; the waiting itself
// is the caller's.
#pragma once

#include <cstddef>
#include <cstdint>

namespace adhoc {

// The sender's side: bytes sent versus bytes the receiver has acknowledged.
class SendWindow {
public:
    static constexpr std::uint64_t kDefaultLimit = 4ull * 1024 * 1024;

    explicit SendWindow(std::uint64_t limit = kDefaultLimit) : limit_(limit) {}

    // True when `chunk` more bytes stay within the limit. A chunk larger than the whole
    // window may go once everything before it is acknowledged, so nothing can stall.
    bool canSend(std::size_t chunk) const { return sent_ == acked_ || sent_ - acked_ + chunk <= limit_; }
    void onSent(std::size_t bytes) { sent_ += bytes; }
    // `bytes` is the receiver's running total; stale or impossible totals are ignored.
    void onAck(std::uint64_t bytes) {
        if (bytes > acked_ && bytes <= sent_) acked_ = bytes;
    }
    std::uint64_t sent() const { return sent_; }
    std::uint64_t acknowledged() const { return acked_; }
    std::uint64_t unacknowledged() const { return sent_ - acked_; }

private:
    std::uint64_t limit_;
    std::uint64_t sent_ = 0;
    std::uint64_t acked_ = 0;
};

// The receiver's side of an upload of a known size.
class AckSchedule {
public:
    static constexpr std::uint64_t kDefaultStep = 1024 * 1024;

    explicit AckSchedule(std::uint64_t total, std::uint64_t step = kDefaultStep) : total_(total), step_(step) {}

    // False (and nothing counted) when `bytes` would pass the announced size.
    bool accept(std::size_t bytes) {
        if (bytes > total_ - received_) return false;
        received_ += bytes;
        return true;
    }
    // True when the receiver should send an ack now; then marks it sent.
    bool ackDue() {
        bool due = received_ > acked_ && (received_ - acked_ >= step_ || complete());
        if (due) acked_ = received_;
        return due;
    }
    bool complete() const { return received_ == total_; }
    std::uint64_t received() const { return received_; }
    std::uint64_t total() const { return total_; }

private:
    std::uint64_t total_;
    std::uint64_t step_;
    std::uint64_t received_ = 0;
    std::uint64_t acked_ = 0;
};

}  // namespace adhoc

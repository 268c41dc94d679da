// FrameAckWindow: flow control for screen frames (docs/protocol.md, "Remote Control"):
// at most N frames sent and not yet acknowledged by the viewer's `ack`. Acks are
// cumulative. Thread-safe: the sender and the receiving thread use it at once.
#pragma once

#include <atomic>
#include <cstdint>

namespace adhoc {

class FrameAckWindow {
public:
    explicit FrameAckWindow(std::uint32_t maxUnacknowledged = 2) : max_(maxUnacknowledged) {}

    bool canSend() const { return unacknowledged() < max_; }
    // Claims the sequence number of the next frame (1, 2, ...); only the sender calls it.
    std::uint32_t nextSequence() { return ++sent_; }
    // Acknowledges every frame up to `sequence`; stale or never-sent numbers are ignored.
    void acknowledge(std::uint32_t sequence);
    std::uint32_t unacknowledged() const { return sent_.load() - acked_.load(); }

private:
    const std::uint32_t max_;
    std::atomic<std::uint32_t> sent_{0};
    std::atomic<std::uint32_t> acked_{0};
};

}  // namespace adhoc

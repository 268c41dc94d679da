// FrameAckWindow: see FrameAckWindow.h.
#include "FrameAckWindow.h"

namespace adhoc {

void FrameAckWindow::acknowledge(std::uint32_t sequence) {
    std::uint32_t acked = acked_.load();
    while (sequence > acked && sequence <= sent_.load()) {
        if (acked_.compare_exchange_weak(acked, sequence)) return;
    }
}

}  // namespace adhoc

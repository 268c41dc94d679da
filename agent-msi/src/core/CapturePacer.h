// CapturePacer: when to capture the screen next. About 30 captures a second while the
// screen changes or the technician is acting; once it has been still for a second, the
// interval doubles up to one second, so a static screen costs almost nothing.
#pragma once

#include <cstdint>

namespace adhoc {

class CapturePacer {
public:
    static constexpr std::int64_t kFastMs = 33;
    static constexpr std::int64_t kSlowestMs = 1000;
    static constexpr std::int64_t kStayFastMs = 1000;

    // A capture happened at `nowMs`; `changed` when it differed from the one before.
    void captured(std::int64_t nowMs, bool changed);
    // Input or a pointer move at `nowMs`: the screen is likely to change, capture soon.
    void activity(std::int64_t nowMs);
    std::int64_t nextCaptureAtMs() const { return nextAtMs_; }
    std::int64_t intervalMs() const { return intervalMs_; }

private:
    std::int64_t lastCaptureMs_ = 0;
    std::int64_t lastChangeMs_ = 0;
    std::int64_t intervalMs_ = kFastMs;
    std::int64_t nextAtMs_ = 0;
};

}  // namespace adhoc

// CapturePacer: when to capture the whole screen next. About 30 captures a second while the
// screen changes or the technician is acting (10 while a small hot area is spot-checked
// between them, see HotArea); once it has been still for a second, the interval doubles up
// to one second, so a static screen costs almost nothing.
#pragma once

#include <cstdint>

namespace adhoc {

class CapturePacer {
public:
    static constexpr std::int64_t kFastMs = 33;
    static constexpr std::int64_t kBesideHotAreaMs = 100;
    static constexpr std::int64_t kSlowestMs = 1000;
    static constexpr std::int64_t kStayFastMs = 1000;

    // A capture happened at `nowMs`; `changed` when it differed from the one before.
    // `hotAreaWatched`: a hot area is spot-checked meanwhile, so the rest can wait longer.
    void captured(std::int64_t nowMs, bool changed, bool hotAreaWatched = false);
    // A spot check of the hot area found a change: the screen is live.
    void changedInHotArea(std::int64_t nowMs) { lastChangeMs_ = nowMs; }
    // Input or a pointer move at `nowMs`: the screen is likely to change, capture soon, but not
    // within `holdMs` (a hot area is checked closely meanwhile: a whole capture would delay it).
    void activity(std::int64_t nowMs, std::int64_t holdMs = 0);
    std::int64_t nextCaptureAtMs() const { return nextAtMs_; }
    std::int64_t intervalMs() const { return intervalMs_; }

private:
    std::int64_t lastCaptureMs_ = 0;
    std::int64_t lastChangeMs_ = 0;
    std::int64_t intervalMs_ = kFastMs;
    std::int64_t nextAtMs_ = 0;
};

}  // namespace adhoc

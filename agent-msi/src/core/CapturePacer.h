// CapturePacer: when to look at the screen next, and whether that look is a whole capture or
// a row scan (RowScan). About 30 looks a second while the screen changes or the technician is
// acting: whole captures while changes go on (a look that finds one is followed by a whole
// capture) and for a second after the technician's input when no hot area is watched; between
// changes (a page scrolled every 200 ms), scans, which meet any change 64 rows tall at once.
// While a small hot area is spot-checked (HotArea) and nothing else was seen to change, the
// rest of the screen is only scanned, 10 times a second and once soon after a key (the
// technician's pointer brings a whole capture). Once the screen has been still for a second,
// the interval doubles up to half a second. A whole capture comes at least every 2 s, for a
// change too small for the scans to have met yet. So typing, paging and a static screen cost
// scans, and whole captures only where something changed.
#pragma once

#include <cstdint>

namespace adhoc {

class CapturePacer {
public:
    static constexpr std::int64_t kFastMs = 33;
    static constexpr std::int64_t kBesideHotAreaMs = 100;
    static constexpr std::int64_t kSlowestMs = 500;
    static constexpr std::int64_t kStayFastMs = 1000;
    static constexpr std::int64_t kWholeAtLeastEveryMs = 2000;

    // A capture happened at `nowMs`; `changed` when it differed from the one before.
    // `hotAreaWatched`: a hot area is spot-checked meanwhile, so the rest can wait longer.
    // `whole`: a whole capture, not a row scan.
    void captured(std::int64_t nowMs, bool changed, bool hotAreaWatched = false, bool whole = true);
    // Whether the look due at `nowMs` must be a whole capture: within kStayFastMs of input
    // with no hot area watched (its echo may be too small for a scan), after a look that found
    // a change (a scan sees only parts of it) or the technician's pointer, or when the last
    // whole one is kWholeAtLeastEveryMs old.
    bool wholeDue(std::int64_t nowMs, bool hotAreaWatched) const;
    // A spot check of the hot area found a change: the screen is live.
    void changedInHotArea(std::int64_t nowMs) { lastChangeMs_ = nowMs; }
    // Input or a pointer move at `nowMs`: the screen is likely to change, capture soon, but not
    // within `holdMs` (a hot area is checked closely meanwhile: a whole capture would delay it).
    // `anywhere`: the change may be anywhere (the technician's pointer), the look is whole;
    // a key's echo lands at the caret, in the hot area, and a scan looks at the rest.
    void activity(std::int64_t nowMs, std::int64_t holdMs = 0, bool anywhere = false);
    std::int64_t nextCaptureAtMs() const { return nextAtMs_; }
    std::int64_t intervalMs() const { return intervalMs_; }

private:
    std::int64_t lastCaptureMs_ = 0;
    std::int64_t lastWholeMs_ = 0;
    bool wholeNext_ = true;  // the last look found a change, or the pointer acted since
    std::int64_t lastChangeMs_ = 0;
    std::int64_t lastInputMs_ = -kStayFastMs;
    std::int64_t intervalMs_ = kFastMs;
    std::int64_t nextAtMs_ = 0;
};

}  // namespace adhoc

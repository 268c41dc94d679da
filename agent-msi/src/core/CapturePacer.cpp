// CapturePacer: see CapturePacer.h.
#include "CapturePacer.h"

#include <algorithm>

namespace adhoc {

void CapturePacer::captured(std::int64_t nowMs, bool changed, bool hotAreaWatched, bool whole) {
    if (whole) lastWholeMs_ = nowMs;
    wholeNext_ = changed;
    if (changed) lastChangeMs_ = nowMs;
    if (nowMs - lastChangeMs_ < kStayFastMs) intervalMs_ = hotAreaWatched ? kBesideHotAreaMs : kFastMs;
    else intervalMs_ = std::min(intervalMs_ * 2, kSlowestMs);
    lastCaptureMs_ = nowMs;
    nextAtMs_ = nowMs + intervalMs_;
}

bool CapturePacer::wholeDue(std::int64_t nowMs, bool hotAreaWatched) const {
    const bool inputUnwatched = !hotAreaWatched && nowMs - lastInputMs_ < kStayFastMs;
    return inputUnwatched || wholeNext_ || nowMs - lastWholeMs_ >= kWholeAtLeastEveryMs;
}

void CapturePacer::activity(std::int64_t nowMs, std::int64_t holdMs, bool anywhere) {
    if (anywhere) wholeNext_ = true;
    lastInputMs_ = nowMs;
    lastChangeMs_ = nowMs;
    intervalMs_ = kFastMs;
    // Never faster than the fast rate, however many input events arrive.
    nextAtMs_ = std::min(nextAtMs_, std::max(lastCaptureMs_ + kFastMs, nowMs + holdMs));
}

}  // namespace adhoc

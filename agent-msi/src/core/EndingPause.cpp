// EndingPause: see EndingPause.h.
#include "EndingPause.h"

namespace adhoc {

void EndingPause::begin(std::int64_t nowMs) {
    if (begun_) return;
    begun_ = true;
    deadlineMs_ = nowMs + kPauseMs;
}

bool EndingPause::uninstallDue(std::int64_t nowMs, bool appRunning) const {
    return begun_ && (!appRunning || nowMs >= deadlineMs_);
}

}  // namespace adhoc

// LocalInput: see LocalInput.h.
#include "LocalInput.h"

namespace adhoc::remote {

bool LocalInput::changedSinceLastCheck() {
    LASTINPUTINFO info{};
    info.cbSize = sizeof info;
    if (!GetLastInputInfo(&info)) return false;  // the pointer and the slow captures still follow the screen
    const bool changed = known_ && info.dwTime != lastTick_;
    lastTick_ = info.dwTime;
    known_ = true;
    return changed;
}

}  // namespace adhoc::remote

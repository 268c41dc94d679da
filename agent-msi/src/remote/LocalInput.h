// LocalInput: whether this PC's keyboard or mouse was used since the last look
// (GetLastInputInfo: the session's latest input, typed at the PC or injected). The screen
// thread asks as often as it reads the pointer, so an end user typing on a still screen is
// followed at the fast capture rate at once, not after the next slow capture.
#pragma once

#include <windows.h>

namespace adhoc::remote {

class LocalInput {
public:
    // False on the first call: it only learns the time of the latest input.
    bool changedSinceLastCheck();

private:
    DWORD lastTick_ = 0;
    bool known_ = false;
};

}  // namespace adhoc::remote

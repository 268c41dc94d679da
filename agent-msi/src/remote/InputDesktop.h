// InputDesktop: keeps the calling thread on the desktop that receives input, so capture
// and injected input follow the user to the logon screen, UAC prompts and back
// (possible because the worker runs as LocalSystem; fails quietly elsewhere, e.g. Wine).
// One per thread; the thread must own no windows.
#pragma once

#include "../win32/Handle.h"

namespace adhoc::remote {

class InputDesktop {
public:
    // Switches the thread when the input desktop is another one; true when it switched.
    bool follow();

private:
    win32::UniqueDesktop attached_;  // kept open while the thread uses it
};

}  // namespace adhoc::remote

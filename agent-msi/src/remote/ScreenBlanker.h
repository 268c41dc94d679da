// ScreenBlanker: a black, topmost window over the shown monitor that hides the PC's
// screen from the people in front of it while the technician still sees the desktop:
// Windows 10 2004 and later can leave a window out of screen capture
// (WDA_EXCLUDEFROMCAPTURE). Where it cannot, nothing is shown at all, since the window
// would blank the technician's view too.
#pragma once

#include <windows.h>

#include "InputDesktop.h"
#include "WindowThread.h"

namespace adhoc::remote {

class ScreenBlanker {
public:
    // Covers `area` (virtual-desktop pixels); false (logged, nothing shown) when Windows
    // cannot exclude the window from capture.
    bool show(const RECT& area);
    void hide() { thread_.stop(); }
    bool showing() const { return thread_.running(); }

private:
    HWND createWindow(const RECT& area);

    InputDesktop desktop_;  // used on the window thread only
    WindowThread thread_;
};

}  // namespace adhoc::remote

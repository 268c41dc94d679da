// Monitors: the PC's displays in virtual-desktop pixels, in Windows' enumeration order
// (the index the viewer's `monitor` message uses), and the virtual desktop around them.
#pragma once

#include <windows.h>

#include <vector>

#include "../core/RemoteProtocol.h"

namespace adhoc::remote {

class Monitors {
public:
    static std::vector<MonitorInfo> list();
    static int primaryIndex(const std::vector<MonitorInfo>& monitors);
    static RECT rectOf(const MonitorInfo& monitor);
    static RECT virtualDesktop();
};

}  // namespace adhoc::remote

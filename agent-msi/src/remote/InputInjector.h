// InputInjector: the viewer's mouse, keys and text as SendInput events
// (docs/protocol.md, "Remote Control"). Keys go by scan code so the PC's own keyboard
// layout applies. The calling thread must be on the input desktop (InputDesktop).
#pragma once

#include <string>

#include "../core/RemoteProtocol.h"

namespace adhoc::remote {

class InputInjector {
public:
    // (x, y) relative to `monitor`; `buttons` bit 0 left, 1 right, 2 middle; `wheel` in
    // Windows units, 0 for none.
    bool mouse(const MonitorInfo& monitor, int x, int y, unsigned buttons, int wheel);
    bool key(int scanCode, bool extended, bool down);
    bool text(const std::wstring& text);

private:
    unsigned buttons_ = 0;  // the state the PC has last been told
};

}  // namespace adhoc::remote

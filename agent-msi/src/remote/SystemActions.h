// SystemActions: the viewer's Ctrl+Alt+Del and restart requests. Each returns an empty
// string when done, or the reason in plain words for the technician.
#pragma once

#include <string>

namespace adhoc::remote {

class SystemActions {
public:
    // SendSAS from sas.dll; Windows honours it only when the "software Secure Attention
    // Sequence" policy (SoftwareSASGeneration) allows services to send it.
    static std::string sendCtrlAltDel();
    // Restarts the PC at once, applications forced closed (the session goes on afterwards).
    static std::string restart();
};

}  // namespace adhoc::remote

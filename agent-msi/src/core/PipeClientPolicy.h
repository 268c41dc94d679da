// PipeClientPolicy: who may type a security code or end the session over the service's
// pipe. The client process must run in the active console session (not another user's
// session, not session 0) and be the installed app, AdHocSupport.exe, in the service's
// own folder; AdHocPipeTool.exe there is admitted too: the test helper, never shipped,
// which only an administrator can put in that folder. Portable: the service feeds it
// what GetNamedPipeClientProcessId, ProcessIdToSessionId and QueryFullProcessImageName
// report, so the decision is unit-tested where Wine cannot show another session.
#pragma once

#include <cstdint>
#include <string>

namespace adhoc {

struct PipeClientInfo {
    bool known = false;  // false when the process could not be identified
    std::uint32_t processId = 0;
    std::uint32_t sessionId = 0;
    std::string imagePath;  // full Win32 path, UTF-8
};

class PipeClientPolicy {
public:
    static constexpr const char* kAppName = "AdHocSupport.exe";
    static constexpr const char* kTestToolName = "AdHocPipeTool.exe";

    // `installDirectory`: the folder of the service's own exe ("C:\Program Files\AdHocSupport").
    explicit PipeClientPolicy(std::string installDirectory);

    // Empty when `client` may act; otherwise why not, for the log.
    std::string refusal(const PipeClientInfo& client, std::uint32_t consoleSessionId) const;

private:
    std::string installDirectory_;
};

}  // namespace adhoc

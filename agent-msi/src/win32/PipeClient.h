// PipeClient: the app's end of the service pipe: one request, one reply, short timeouts
// so the window never hangs when the service is not running.
#pragma once

#include <string>

namespace adhoc::win32 {

class PipeClient {
public:
    // Returns false when the service is not reachable; `reply` holds its answer.
    static bool call(const std::string& request, std::string& reply, unsigned timeoutMs = 2000);
};

}  // namespace adhoc::win32

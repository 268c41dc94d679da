// SessionFarewell: when the product is uninstalled by hand (Apps & Features, msiexec /x)
// while a session is still stored, tells the server before the credential is deleted:
// connect, "hello", then "endByUser", so the session ends there too and frees its seat.
// Best effort, bounded in time: an unreachable server does not hold up the uninstall.
#pragma once

#include <string>

#include "../core/SessionStore.h"

namespace adhoc::service {

class SessionFarewell {
public:
    // Returns true when the server confirmed with "end".
    static bool tell(const StoredSession& session, const std::string& serverUrl, unsigned timeoutMs);
};

}  // namespace adhoc::service

// SessionStore: persistence of the active session (id, agent credential, technician,
// expiry) and of the SID of the hidden account the agent created (recorded at creation,
// before the session is active, so a restart still knows which account is its own). An interface: the service stores it in a registry key readable only by SYSTEM
// and Administrators (win32/RegistrySessionStore); tests use an in-memory fake.
#pragma once

#include <cstdint>
#include <string>

namespace adhoc {

struct StoredSession {
    std::string sessionId;
    std::string credential;  // secret: never logged
    std::string technician;
    std::int64_t expiresAtMs = 0;  // epoch milliseconds, agent's own deadline

    bool valid() const { return !sessionId.empty() && !credential.empty(); }
};

class SessionStore {
public:
    virtual ~SessionStore() = default;
    virtual bool load(StoredSession& out) = 0;
    virtual bool save(const StoredSession& session) = 0;
    virtual bool saveAccountSid(const std::string& sid) = 0;
    // Empty when no account is recorded.
    virtual std::string loadAccountSid() = 0;
    // Forgets the session and the account SID.
    virtual void clear() = 0;
};

}  // namespace adhoc

// SessionStore: persistence of the active session (id, agent credential, technician,
// expiry) and of the hidden account the agent created, its name and SID (recorded at
// creation, before the session is active, so a restart still knows which account is its
// own). An interface: the service stores it in a registry key readable only by SYSTEM
// and Administrators (win32/RegistrySessionStore); tests use an in-memory fake.
#pragma once

#include <cstdint>
#include <string>

#include "AccountManager.h"

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
    virtual bool saveAccount(const CreatedAccount& account) = 0;
    // Not recorded() when no account is recorded.
    virtual CreatedAccount loadAccount() = 0;
    // Forgets the session and the account.
    virtual void clear() = 0;
};

}  // namespace adhoc

// RegistrySessionStore: SessionStore in HKLM\SOFTWARE\AdHocSupport\Session, a key whose
// DACL is protected and grants access to SYSTEM and Administrators only (also the hidden
// account the agent created, values AccountName and AccountSid). Also keeps the
// non-secret summary (technician, end time) the MSI reads to refuse a second install.
#pragma once

#include "../core/SessionStore.h"

namespace adhoc::win32 {

class RegistrySessionStore : public SessionStore {
public:
    bool load(StoredSession& out) override;
    bool save(const StoredSession& session) override;
    bool saveAccount(const CreatedAccount& account) override;
    CreatedAccount loadAccount() override;
    void clear() override;
};

}  // namespace adhoc::win32

// HiddenAccount: the rules of the session's hidden administrator account, over the
// AccountManager primitives. Only kHiddenAccountName is ever created, whatever name the
// server asks for; an account that already exists is never adopted (nor deleted); the
// new account's SID is what the caller records, and removal goes by that SID only
// (resolved to a name at removal: a SID that no longer resolves removes nothing). The
// account is denied network and Remote Desktop logons for its whole life.
#pragma once

#include <string>
#include <vector>

#include "AccountManager.h"

namespace adhoc {

class HiddenAccount {
public:
    explicit HiddenAccount(AccountManager& accounts) : accounts_(accounts) {}

    // Creates the account for `requestedName` (from the server's provision; empty means
    // ours) with `password`. On Created, `sid` is the new account's SID. Human-readable
    // events, never the password, are appended to `log`.
    AccountResult create(const std::string& requestedName, const std::string& password, std::string& sid,
                         std::vector<std::string>& log);
    // Removes the account `sid` (from create) with its rights, logon-screen entry and
    // profile. True when nothing of it is left (also for an empty or unresolvable SID).
    bool remove(const std::string& sid, std::vector<std::string>& log);

private:
    AccountManager& accounts_;
};

}  // namespace adhoc

// HiddenAccount: the rules of the session's hidden administrator account, over the
// AccountManager primitives. Only kHiddenAccountName is ever created (the server names no
// account); an account that already exists is never adopted (nor deleted); the new
// account's name and SID are what the caller records, and removal goes by that record:
// the user by its SID only (resolved to its current name at removal: a SID that no longer
// resolves removes nothing), the logon-screen entry by the name it was given. The account
// is denied network and Remote Desktop logons for its whole life.
#pragma once

#include <string>
#include <vector>

#include "AccountManager.h"

namespace adhoc {

class HiddenAccount {
public:
    explicit HiddenAccount(AccountManager& accounts) : accounts_(accounts) {}

    // Creates the account kHiddenAccountName with `password`. On Created, `created` names it
    // and holds its SID. Human-readable events, never the password, are appended to `log`.
    AccountResult create(const std::string& password, CreatedAccount& created, std::vector<std::string>& log);
    // Removes `account` (from create) with its rights, logon-screen entry and profile. True
    // when nothing of it is left (also for an account not recorded or no longer resolvable).
    bool remove(const CreatedAccount& account, std::vector<std::string>& log);

private:
    AccountManager& accounts_;
};

}  // namespace adhoc

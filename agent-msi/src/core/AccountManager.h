// AccountManager: the operating system's local accounts, one primitive per call (add a
// user, SID <-> name, Administrators membership, the deny-logon rights, the logon-screen
// entry, profile and user deletion). An interface so the rules of the hidden account
// (core/HiddenAccount) are unit-tested with a fake: Wine does not implement these calls
// faithfully. The real implementation is win32/LocalAccountManager. SIDs are strings
// ("S-1-5-21-...").
#pragma once

#include <string>

namespace adhoc {

// The name of the only account the agent ever creates: defined here and nowhere else (the
// server sends only its password).
inline constexpr const char* kHiddenAccountName = "AdHocRemoteUser";

// The hidden account as this agent created it: the name it gave the account and the SID
// Windows assigned. Recorded in the SessionStore; what is removed at the end is exactly this.
struct CreatedAccount {
    std::string name;
    std::string sid;

    bool recorded() const { return !sid.empty(); }
};

enum class AccountResult {
    Created,         // account exists, is an administrator and is hidden
    PasswordPolicy,  // the PC's password policy refused the password
    Exists,          // an account of that name already exists: it is never adopted
    Failed,          // anything else (logged by the implementation)
};

class AccountManager {
public:
    virtual ~AccountManager() = default;
    // Adds a local user. Must never log the password.
    virtual AccountResult addUser(const std::string& name, const std::string& password) = 0;
    // The SID of the local user `name`; empty if there is none.
    virtual std::string sidOf(const std::string& name) = 0;
    // The name of the local user with `sid`; empty if it no longer resolves to one.
    virtual std::string nameOf(const std::string& sid) = 0;
    virtual bool addToAdministrators(const std::string& sid) = 0;
    // Grants (deny = true) or takes back (false) SeDenyNetworkLogonRight and
    // SeDenyRemoteInteractiveLogonRight for `sid`.
    virtual bool denyRemoteLogons(const std::string& sid, bool deny) = 0;
    // Adds or removes the user's Winlogon\SpecialAccounts\UserList entry.
    virtual bool hideFromLogonScreen(const std::string& name, bool hide) = 0;
    virtual void deleteProfile(const std::string& sid) = 0;
    // True if the user is gone afterwards.
    virtual bool deleteUser(const std::string& name) = 0;
};

}  // namespace adhoc

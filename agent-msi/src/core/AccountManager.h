// AccountManager: creates and deletes the hidden local administrator account the
// technician logs on with. An interface so the activation logic can be unit-tested with
// a fake (Wine does not implement the Win32 account calls faithfully); the real
// implementation is win32/LocalAccountManager.
#pragma once

#include <string>

namespace adhoc {

enum class AccountResult {
    Created,         // account exists, is an administrator and is hidden
    PasswordPolicy,  // the PC's password policy refused the password
    Failed,          // anything else (logged by the implementation)
};

class AccountManager {
public:
    virtual ~AccountManager() = default;
    // Creates (or re-creates) the account with `password`. Must never log the password.
    virtual AccountResult create(const std::string& name, const std::string& password) = 0;
    // Deletes the account and its logon-screen entry; true if it is gone afterwards.
    virtual bool remove(const std::string& name) = 0;
};

}  // namespace adhoc

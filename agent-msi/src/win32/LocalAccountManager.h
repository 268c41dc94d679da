// LocalAccountManager: the real AccountManager. Creates the hidden local administrator
// account with NetUserAdd (USER_INFO_1), adds it to the local Administrators group
// (resolved from the well-known SID S-1-5-32-544, so localized group names work), hides
// it from the logon screen (Winlogon\SpecialAccounts\UserList, value 0), and deletes it
// with its profile and the UserList value. Wine does not implement these faithfully:
// the logic is unit-tested with a fake; these calls follow the Win32 documentation.
#pragma once

#include <windows.h>

#include "../core/AccountManager.h"

namespace adhoc::win32 {

class LocalAccountManager : public AccountManager {
public:
    AccountResult create(const std::string& name, const std::string& password) override;
    bool remove(const std::string& name) override;

    // Maps a NetUserAdd status to a result: password-policy codes -> PasswordPolicy.
    static AccountResult classifyAddStatus(DWORD status);

private:
    static bool addToAdministrators(const std::wstring& name);
    static void hideFromLogonScreen(const std::wstring& name);
    static void unhideFromLogonScreen(const std::wstring& name);
    static void deleteProfile(const std::wstring& name);
};

}  // namespace adhoc::win32

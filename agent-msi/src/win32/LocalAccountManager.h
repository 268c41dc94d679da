// LocalAccountManager: the real AccountManager, one Win32 call (or a few) per primitive:
// NetUserAdd (USER_INFO_1), LookupAccountName/LookupAccountSid (local users only),
// NetLocalGroupAddMembers by SID into the Administrators group (S-1-5-32-544, so
// localized group names work), LsaAddAccountRights/LsaRemoveAccountRights for
// SeDenyNetworkLogonRight and SeDenyRemoteInteractiveLogonRight, the
// Winlogon\SpecialAccounts\UserList value, DeleteProfile and NetUserDel. The rules
// (which account, never adopt, remove by SID) are core/HiddenAccount's, unit-tested with a
// fake: Wine does not implement these calls faithfully.
#pragma once

#include <windows.h>

#include "../core/AccountManager.h"

namespace adhoc::win32 {

class LocalAccountManager : public AccountManager {
public:
    AccountResult addUser(const std::string& name, const std::string& password) override;
    std::string sidOf(const std::string& name) override;
    std::string nameOf(const std::string& sid) override;
    bool addToAdministrators(const std::string& sid) override;
    bool denyRemoteLogons(const std::string& sid, bool deny) override;
    bool hideFromLogonScreen(const std::string& name, bool hide) override;
    void deleteProfile(const std::string& sid) override;
    bool deleteUser(const std::string& name) override;

    // Maps a NetUserAdd status to a result: password-policy codes -> PasswordPolicy,
    // NERR_UserExists -> Exists.
    static AccountResult classifyAddStatus(DWORD status);

private:
    static void removeEmptyUserListKeys();
};

}  // namespace adhoc::win32

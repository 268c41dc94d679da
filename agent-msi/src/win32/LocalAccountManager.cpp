// LocalAccountManager: see LocalAccountManager.h.
#include "LocalAccountManager.h"

#include <lm.h>
#include <sddl.h>
#include <userenv.h>

#include <vector>

#include "Handle.h"
#include "Logger.h"
#include "TextConvert.h"

namespace adhoc::win32 {

namespace {

constexpr const wchar_t* kUserListKey =
    L"SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\\SpecialAccounts\\UserList";

std::wstring administratorsGroupName() {
    BYTE sidBuffer[SECURITY_MAX_SID_SIZE];
    DWORD sidSize = sizeof sidBuffer;
    if (!CreateWellKnownSid(WinBuiltinAdministratorsSid, nullptr, sidBuffer, &sidSize)) {
        Logger::error("cannot build the Administrators SID: " + TextConvert::errorText(GetLastError()));
        return {};
    }
    wchar_t name[256], domain[256];
    DWORD nameSize = 256, domainSize = 256;
    SID_NAME_USE use;
    if (!LookupAccountSidW(nullptr, sidBuffer, name, &nameSize, domain, &domainSize, &use)) {
        Logger::error("cannot resolve S-1-5-32-544 to a group name: " + TextConvert::errorText(GetLastError()));
        return {};
    }
    return name;
}

}  // namespace

AccountResult LocalAccountManager::classifyAddStatus(DWORD status) {
    switch (status) {
        case NERR_Success: return AccountResult::Created;
        case NERR_PasswordTooShort:      // length, complexity or history requirements
        case ERROR_PASSWORD_RESTRICTION:
        case NERR_PasswordHistConflict:
        case NERR_PasswordTooRecent:
            return AccountResult::PasswordPolicy;
        default: return AccountResult::Failed;
    }
}

AccountResult LocalAccountManager::create(const std::string& name, const std::string& password) {
    std::wstring wname = TextConvert::toWide(name);
    std::wstring wpassword = TextConvert::toWide(password);
    std::wstring comment = L"AdHoc Support temporary account (removed when the session ends)";

    USER_INFO_1 info{};
    info.usri1_name = &wname[0];
    info.usri1_password = &wpassword[0];
    info.usri1_priv = USER_PRIV_USER;
    info.usri1_comment = &comment[0];
    info.usri1_flags = UF_SCRIPT | UF_DONT_EXPIRE_PASSWD | UF_NORMAL_ACCOUNT;

    DWORD parmError = 0;
    NET_API_STATUS status = NetUserAdd(nullptr, 1, reinterpret_cast<LPBYTE>(&info), &parmError);
    if (status == NERR_UserExists) {
        Logger::warn("account '" + name + "' already exists (left by an earlier session): re-creating it");
        remove(name);
        status = NetUserAdd(nullptr, 1, reinterpret_cast<LPBYTE>(&info), &parmError);
    }
    TextConvert::wipe(wpassword);
    info.usri1_password = nullptr;

    AccountResult result = classifyAddStatus(status);
    if (result == AccountResult::PasswordPolicy) {
        Logger::warn("NetUserAdd refused the access password by policy: " + TextConvert::errorText(status));
        return result;
    }
    if (result != AccountResult::Created) {
        Logger::error("NetUserAdd failed for '" + name + "': " + TextConvert::errorText(status) +
                      " (parameter " + std::to_string(parmError) + ")");
        return result;
    }
    if (!addToAdministrators(wname)) {
        remove(name);
        return AccountResult::Failed;
    }
    hideFromLogonScreen(wname);
    Logger::info("account '" + name + "' created, added to Administrators and hidden from the logon screen");
    return AccountResult::Created;
}

bool LocalAccountManager::addToAdministrators(const std::wstring& name) {
    std::wstring group = administratorsGroupName();
    if (group.empty()) return false;
    std::wstring member = name;
    LOCALGROUP_MEMBERS_INFO_3 entry{};
    entry.lgrmi3_domainandname = &member[0];
    NET_API_STATUS status = NetLocalGroupAddMembers(nullptr, group.c_str(), 3, reinterpret_cast<LPBYTE>(&entry), 1);
    if (status != NERR_Success && status != ERROR_MEMBER_IN_ALIAS) {
        Logger::error("NetLocalGroupAddMembers(" + TextConvert::toUtf8(group) + ") failed: " +
                      TextConvert::errorText(status));
        return false;
    }
    return true;
}

void LocalAccountManager::hideFromLogonScreen(const std::wstring& name) {
    UniqueKey key;
    LONG rc = RegCreateKeyExW(HKEY_LOCAL_MACHINE, kUserListKey, 0, nullptr, 0, KEY_SET_VALUE | KEY_WOW64_64KEY,
                              nullptr, key.put(), nullptr);
    DWORD zero = 0;
    if (rc == ERROR_SUCCESS)
        rc = RegSetValueExW(key.get(), name.c_str(), 0, REG_DWORD, reinterpret_cast<const BYTE*>(&zero), sizeof zero);
    if (rc != ERROR_SUCCESS)
        Logger::warn("cannot hide the account from the logon screen: " + TextConvert::errorText(static_cast<DWORD>(rc)));
}

void LocalAccountManager::unhideFromLogonScreen(const std::wstring& name) {
    UniqueKey key;
    if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, kUserListKey, 0, KEY_SET_VALUE | KEY_QUERY_VALUE | KEY_WOW64_64KEY,
                      key.put()) != ERROR_SUCCESS)
        return;
    LONG rc = RegDeleteValueW(key.get(), name.c_str());
    if (rc != ERROR_SUCCESS && rc != ERROR_FILE_NOT_FOUND)
        Logger::warn("cannot remove the logon-screen entry: " + TextConvert::errorText(static_cast<DWORD>(rc)));
    // Remove the keys too if we were their only user (they do not exist on a clean PC).
    DWORD values = 0, subkeys = 0;
    if (RegQueryInfoKeyW(key.get(), nullptr, nullptr, nullptr, &subkeys, nullptr, nullptr, &values, nullptr, nullptr,
                         nullptr, nullptr) == ERROR_SUCCESS &&
        values == 0 && subkeys == 0) {
        key.reset();
        RegDeleteKeyExW(HKEY_LOCAL_MACHINE, kUserListKey, KEY_WOW64_64KEY, 0);
        UniqueKey special;
        const wchar_t* parent = L"SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\\SpecialAccounts";
        if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, parent, 0, KEY_QUERY_VALUE | KEY_WOW64_64KEY, special.put()) ==
                ERROR_SUCCESS &&
            RegQueryInfoKeyW(special.get(), nullptr, nullptr, nullptr, &subkeys, nullptr, nullptr, &values, nullptr,
                             nullptr, nullptr, nullptr) == ERROR_SUCCESS &&
            values == 0 && subkeys == 0) {
            special.reset();
            RegDeleteKeyExW(HKEY_LOCAL_MACHINE, parent, KEY_WOW64_64KEY, 0);
        }
    }
}

void LocalAccountManager::deleteProfile(const std::wstring& name) {
    BYTE sid[SECURITY_MAX_SID_SIZE];
    DWORD sidSize = sizeof sid;
    wchar_t domain[256];
    DWORD domainSize = 256;
    SID_NAME_USE use;
    if (!LookupAccountNameW(nullptr, name.c_str(), sid, &sidSize, domain, &domainSize, &use)) return;
    wchar_t* sidText = nullptr;
    if (!ConvertSidToStringSidW(sid, &sidText)) return;
    UniqueLocal owner(sidText);
    // Fails with ERROR_FILE_NOT_FOUND when the technician never logged on: nothing to do.
    if (!DeleteProfileW(sidText, nullptr, nullptr)) {
        DWORD err = GetLastError();
        if (err != ERROR_FILE_NOT_FOUND && err != ERROR_PATH_NOT_FOUND)
            Logger::warn("cannot delete the account's profile: " + TextConvert::errorText(err));
    } else {
        Logger::info("profile of the hidden account deleted");
    }
}

bool LocalAccountManager::remove(const std::string& name) {
    std::wstring wname = TextConvert::toWide(name);
    deleteProfile(wname);
    NET_API_STATUS status = NetUserDel(nullptr, wname.c_str());
    unhideFromLogonScreen(wname);
    if (status == NERR_Success) {
        Logger::info("account '" + name + "' deleted");
        return true;
    }
    if (status == NERR_UserNotFound) return true;
    Logger::error("NetUserDel failed for '" + name + "': " + TextConvert::errorText(status));
    return false;
}

}  // namespace adhoc::win32

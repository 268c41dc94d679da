// LocalAccountManager: see LocalAccountManager.h.
#include "LocalAccountManager.h"

#include <lm.h>
#include <ntsecapi.h>
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
constexpr const wchar_t* kSpecialAccountsKey =
    L"SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\\SpecialAccounts";
// Wine keeps NetUserAdd's accounts in the calling process only, without a SID: under Wine
// (and only there) sidOf answers this SID, which resolves to no account, so nothing is
// ever removed by it.
constexpr const char* kWineStandInSid = "S-1-5-21-1-2-3-1099";

bool runningUnderWine() {
    HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version") != nullptr;
}

std::string sidText(PSID sid) {
    wchar_t* text = nullptr;
    if (!ConvertSidToStringSidW(sid, &text)) return {};
    UniqueLocal owner(text);
    return TextConvert::toUtf8(text);
}

// The SID behind its string form, in a LocalAlloc'd buffer; empty if malformed.
UniqueLocal sidFromText(const std::string& text) {
    PSID sid = nullptr;
    if (!ConvertStringSidToSidW(TextConvert::toWide(text).c_str(), &sid)) return UniqueLocal();
    return UniqueLocal(sid);
}

std::wstring computerName() {
    wchar_t name[MAX_COMPUTERNAME_LENGTH + 1];
    DWORD size = MAX_COMPUTERNAME_LENGTH + 1;
    return GetComputerNameW(name, &size) ? std::wstring(name, size) : std::wstring();
}

LSA_UNICODE_STRING lsaString(const wchar_t* text) {
    LSA_UNICODE_STRING s;
    s.Buffer = const_cast<wchar_t*>(text);
    s.Length = static_cast<USHORT>(wcslen(text) * sizeof(wchar_t));
    s.MaximumLength = static_cast<USHORT>(s.Length + sizeof(wchar_t));
    return s;
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
        case NERR_UserExists:
        case NERR_GroupExists:
        case ERROR_ALIAS_EXISTS:
            return AccountResult::Exists;
        default: return AccountResult::Failed;
    }
}

AccountResult LocalAccountManager::addUser(const std::string& name, const std::string& password) {
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
    TextConvert::wipe(wpassword);
    info.usri1_password = nullptr;
    AccountResult result = classifyAddStatus(status);
    if (result == AccountResult::PasswordPolicy)
        Logger::warn("NetUserAdd refused the access password by policy: " + TextConvert::errorText(status));
    else if (result == AccountResult::Failed)
        Logger::error("NetUserAdd failed for '" + name + "': " + TextConvert::errorText(status) + " (parameter " +
                      std::to_string(parmError) + ")");
    return result;
}

std::string LocalAccountManager::sidOf(const std::string& name) {
    BYTE sid[SECURITY_MAX_SID_SIZE];
    DWORD sidSize = sizeof sid;
    wchar_t domain[256];
    DWORD domainSize = 256;
    SID_NAME_USE use;
    std::wstring qualified = computerName() + L"\\" + TextConvert::toWide(name);
    if (LookupAccountNameW(nullptr, qualified.c_str(), sid, &sidSize, domain, &domainSize, &use) && use == SidTypeUser)
        return sidText(sid);
    DWORD err = GetLastError();
    if (runningUnderWine()) {
        Logger::warn("Wine: the account has no SID (NetUserAdd is not faithful under Wine); using a stand-in");
        return kWineStandInSid;
    }
    Logger::error("cannot read the SID of '" + name + "': " + TextConvert::errorText(err));
    return {};
}

std::string LocalAccountManager::nameOf(const std::string& sid) {
    UniqueLocal binary = sidFromText(sid);
    if (!binary) {
        Logger::error("the recorded account SID '" + sid + "' is malformed");
        return {};
    }
    wchar_t name[256], domain[256];
    DWORD nameSize = 256, domainSize = 256;
    SID_NAME_USE use;
    if (!LookupAccountSidW(nullptr, binary.get(), name, &nameSize, domain, &domainSize, &use)) {
        DWORD err = GetLastError();
        if (err != ERROR_NONE_MAPPED) Logger::warn("cannot resolve " + sid + ": " + TextConvert::errorText(err));
        return {};
    }
    // Only a user account of this computer (never a domain account or a group).
    if (use != SidTypeUser || CompareStringOrdinal(domain, -1, computerName().c_str(), -1, TRUE) != CSTR_EQUAL) {
        Logger::warn(sid + " is not a local user of this computer: left alone");
        return {};
    }
    return TextConvert::toUtf8(name);
}

bool LocalAccountManager::addToAdministrators(const std::string& sid) {
    BYTE admins[SECURITY_MAX_SID_SIZE];
    DWORD adminsSize = sizeof admins;
    wchar_t group[256], domain[256];
    DWORD groupSize = 256, domainSize = 256;
    SID_NAME_USE use;
    if (!CreateWellKnownSid(WinBuiltinAdministratorsSid, nullptr, admins, &adminsSize) ||
        !LookupAccountSidW(nullptr, admins, group, &groupSize, domain, &domainSize, &use)) {
        Logger::error("cannot resolve S-1-5-32-544 to a group name: " + TextConvert::errorText(GetLastError()));
        return false;
    }
    UniqueLocal member = sidFromText(sid);
    if (!member) return false;
    LOCALGROUP_MEMBERS_INFO_0 entry{};
    entry.lgrmi0_sid = member.get();
    NET_API_STATUS status = NetLocalGroupAddMembers(nullptr, group, 0, reinterpret_cast<LPBYTE>(&entry), 1);
    if (status != NERR_Success && status != ERROR_MEMBER_IN_ALIAS) {
        Logger::error("NetLocalGroupAddMembers(" + TextConvert::toUtf8(group) + ") failed: " +
                      TextConvert::errorText(status));
        return false;
    }
    return true;
}

bool LocalAccountManager::denyRemoteLogons(const std::string& sid, bool deny) {
    UniqueLocal account = sidFromText(sid);
    if (!account) return false;
    LSA_OBJECT_ATTRIBUTES attributes{};
    UniqueLsa policy;
    NTSTATUS status = LsaOpenPolicy(nullptr, &attributes, POLICY_LOOKUP_NAMES | POLICY_CREATE_ACCOUNT, policy.put());
    if (status != 0) {
        Logger::error("LsaOpenPolicy failed: " + TextConvert::errorText(LsaNtStatusToWinError(status)));
        return false;
    }
    LSA_UNICODE_STRING rights[2] = {lsaString(L"SeDenyNetworkLogonRight"),
                                    lsaString(L"SeDenyRemoteInteractiveLogonRight")};
    status = deny ? LsaAddAccountRights(policy.get(), account.get(), rights, 2)
                  : LsaRemoveAccountRights(policy.get(), account.get(), FALSE, rights, 2);
    DWORD err = LsaNtStatusToWinError(status);
    if (status == 0 || (!deny && err == ERROR_FILE_NOT_FOUND)) return true;  // nothing left to take back
    Logger::error(std::string(deny ? "LsaAddAccountRights" : "LsaRemoveAccountRights") +
                  " (deny network and Remote Desktop logons) failed: " + TextConvert::errorText(err));
    return false;
}

bool LocalAccountManager::hideFromLogonScreen(const std::string& name, bool hide) {
    std::wstring wname = TextConvert::toWide(name);
    UniqueKey key;
    LONG rc;
    if (hide) {
        rc = RegCreateKeyExW(HKEY_LOCAL_MACHINE, kUserListKey, 0, nullptr, 0, KEY_SET_VALUE | KEY_WOW64_64KEY, nullptr,
                             key.put(), nullptr);
        DWORD zero = 0;
        if (rc == ERROR_SUCCESS)
            rc = RegSetValueExW(key.get(), wname.c_str(), 0, REG_DWORD, reinterpret_cast<const BYTE*>(&zero),
                                sizeof zero);
    } else {
        rc = RegOpenKeyExW(HKEY_LOCAL_MACHINE, kUserListKey, 0, KEY_SET_VALUE | KEY_WOW64_64KEY, key.put());
        if (rc == ERROR_FILE_NOT_FOUND) return true;
        if (rc == ERROR_SUCCESS) rc = RegDeleteValueW(key.get(), wname.c_str());
        if (rc == ERROR_FILE_NOT_FOUND) rc = ERROR_SUCCESS;
        key.reset();
        removeEmptyUserListKeys();
    }
    if (rc != ERROR_SUCCESS)
        Logger::warn(std::string("cannot ") + (hide ? "add" : "remove") + " the logon-screen entry: " +
                     TextConvert::errorText(static_cast<DWORD>(rc)));
    return rc == ERROR_SUCCESS;
}

// Removes UserList and SpecialAccounts when empty (they do not exist on a clean PC).
void LocalAccountManager::removeEmptyUserListKeys() {
    for (const wchar_t* path : {kUserListKey, kSpecialAccountsKey}) {
        UniqueKey key;
        DWORD values = 0, subkeys = 0;
        if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, path, 0, KEY_QUERY_VALUE | KEY_WOW64_64KEY, key.put()) != ERROR_SUCCESS ||
            RegQueryInfoKeyW(key.get(), nullptr, nullptr, nullptr, &subkeys, nullptr, nullptr, &values, nullptr,
                             nullptr, nullptr, nullptr) != ERROR_SUCCESS ||
            values != 0 || subkeys != 0)
            return;
        key.reset();
        RegDeleteKeyExW(HKEY_LOCAL_MACHINE, path, KEY_WOW64_64KEY, 0);
    }
}

void LocalAccountManager::deleteProfile(const std::string& sid) {
    // Fails with ERROR_FILE_NOT_FOUND when the technician never logged on: nothing to do.
    if (!DeleteProfileW(TextConvert::toWide(sid).c_str(), nullptr, nullptr)) {
        DWORD err = GetLastError();
        if (err != ERROR_FILE_NOT_FOUND && err != ERROR_PATH_NOT_FOUND)
            Logger::warn("cannot delete the account's profile: " + TextConvert::errorText(err));
    } else {
        Logger::info("profile of the hidden account deleted");
    }
}

bool LocalAccountManager::deleteUser(const std::string& name) {
    NET_API_STATUS status = NetUserDel(nullptr, TextConvert::toWide(name).c_str());
    if (status == NERR_Success || status == NERR_UserNotFound) return true;
    Logger::error("NetUserDel failed for '" + name + "': " + TextConvert::errorText(status));
    return false;
}

}  // namespace adhoc::win32

// RegistrySessionStore: see RegistrySessionStore.h.
#include "RegistrySessionStore.h"

#include <windows.h>
#include <sddl.h>

#include "../core/UtcTime.h"
#include "Handle.h"
#include "Logger.h"
#include "RegistryLayout.h"
#include "TextConvert.h"

namespace adhoc::win32 {

namespace {

// Protected DACL: full control for SYSTEM (SY) and Administrators (BA), nobody else.
constexpr const wchar_t* kSessionKeySddl = L"D:P(A;OICI;KA;;;SY)(A;OICI;KA;;;BA)";

bool writeQword(HKEY key, const wchar_t* name, std::int64_t value) {
    ULONGLONG v = static_cast<ULONGLONG>(value);
    return RegSetValueExW(key, name, 0, REG_QWORD, reinterpret_cast<const BYTE*>(&v), sizeof v) == ERROR_SUCCESS;
}

bool writeWide(HKEY key, const wchar_t* name, const std::string& value) {
    std::wstring wide = TextConvert::toWide(value);
    LONG rc = RegSetValueExW(key, name, 0, REG_SZ, reinterpret_cast<const BYTE*>(wide.c_str()),
                             static_cast<DWORD>((wide.size() + 1) * sizeof(wchar_t)));
    TextConvert::wipe(wide);
    return rc == ERROR_SUCCESS;
}

// Opens (creating if needed) the Session key and enforces its DACL.
bool openSessionKey(UniqueKey& key) {
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(kSessionKeySddl, SDDL_REVISION_1, &sd, nullptr)) {
        Logger::error("cannot build the session key ACL: " + TextConvert::errorText(GetLastError()));
        return false;
    }
    UniqueLocal sdOwner(sd);
    SECURITY_ATTRIBUTES sa{sizeof sa, sd, FALSE};
    LONG rc = RegCreateKeyExW(HKEY_LOCAL_MACHINE, RegistryLayout::kSessionKey, 0, nullptr, 0,
                              KEY_SET_VALUE | KEY_QUERY_VALUE | WRITE_DAC | KEY_WOW64_64KEY, &sa, key.put(), nullptr);
    if (rc != ERROR_SUCCESS) {
        Logger::error("cannot create the session key: " + TextConvert::errorText(static_cast<DWORD>(rc)));
        return false;
    }
    // The key may predate this run (or have been created by someone else): enforce the DACL.
    rc = RegSetKeySecurity(key.get(), DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION, sd);
    if (rc != ERROR_SUCCESS)
        Logger::warn("cannot set the session key ACL: " + TextConvert::errorText(static_cast<DWORD>(rc)));
    return true;
}

}  // namespace

bool RegistrySessionStore::load(StoredSession& out) {
    out = StoredSession();
    out.sessionId = RegistryLayout::readString(HKEY_LOCAL_MACHINE, RegistryLayout::kSessionKey, L"SessionId");
    out.credential = RegistryLayout::readString(HKEY_LOCAL_MACHINE, RegistryLayout::kSessionKey, L"Credential");
    out.technician = RegistryLayout::readString(HKEY_LOCAL_MACHINE, RegistryLayout::kSessionKey, L"Technician");
    ULONGLONG expires = 0;
    DWORD size = sizeof expires;
    if (RegGetValueW(HKEY_LOCAL_MACHINE, RegistryLayout::kSessionKey, L"ExpiresAtMs",
                     RRF_RT_REG_QWORD | RRF_SUBKEY_WOW6464KEY, nullptr, &expires, &size) == ERROR_SUCCESS)
        out.expiresAtMs = static_cast<std::int64_t>(expires);
    if (!out.valid()) return false;
    if (out.expiresAtMs <= 0) {
        Logger::warn("stored session has no end time: treating it as expired");
        out.expiresAtMs = 1;
    }
    return true;
}

bool RegistrySessionStore::save(const StoredSession& session) {
    UniqueKey key;
    if (!openSessionKey(key)) return false;
    bool ok = writeWide(key.get(), L"SessionId", session.sessionId) &&
              writeWide(key.get(), L"Credential", session.credential) &&
              writeWide(key.get(), L"Technician", session.technician) &&
              writeQword(key.get(), L"ExpiresAtMs", session.expiresAtMs);
    if (!ok) {
        Logger::error("cannot write the session values: " + TextConvert::errorText(GetLastError()));
        return false;
    }
    RegistryLayout::writeActiveSummary(session.technician, UtcTime::formatIso8601(session.expiresAtMs / 1000));
    return true;
}

bool RegistrySessionStore::saveAccount(const CreatedAccount& account) {
    UniqueKey key;
    if (!openSessionKey(key)) return false;
    if (!writeWide(key.get(), L"AccountName", account.name) || !writeWide(key.get(), L"AccountSid", account.sid)) {
        Logger::error("cannot record the hidden account: " + TextConvert::errorText(GetLastError()));
        return false;
    }
    return true;
}

CreatedAccount RegistrySessionStore::loadAccount() {
    return {RegistryLayout::readString(HKEY_LOCAL_MACHINE, RegistryLayout::kSessionKey, L"AccountName"),
            RegistryLayout::readString(HKEY_LOCAL_MACHINE, RegistryLayout::kSessionKey, L"AccountSid")};
}

void RegistrySessionStore::clear() {
    UniqueKey root;
    LONG rc = RegOpenKeyExW(HKEY_LOCAL_MACHINE, RegistryLayout::kRootKey, 0, KEY_SET_VALUE | KEY_WOW64_64KEY | DELETE,
                            root.put());
    if (rc == ERROR_SUCCESS) {
        rc = RegDeleteKeyExW(root.get(), L"Session", KEY_WOW64_64KEY, 0);
        if (rc != ERROR_SUCCESS && rc != ERROR_FILE_NOT_FOUND)
            Logger::error("cannot delete the session key: " + TextConvert::errorText(static_cast<DWORD>(rc)));
    }
    RegistryLayout::clearActiveSummary();
}

}  // namespace adhoc::win32

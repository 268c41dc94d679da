// RegistryLayout: see RegistryLayout.h.
#include "RegistryLayout.h"

#include <initializer_list>
#include <vector>

#include "Handle.h"
#include "Logger.h"
#include "TextConvert.h"

namespace adhoc::win32 {

std::string RegistryLayout::readString(HKEY root, const wchar_t* subKey, const wchar_t* name) {
    DWORD type = 0, size = 0;
    LONG rc = RegGetValueW(root, subKey, name, RRF_RT_REG_SZ | RRF_SUBKEY_WOW6464KEY, &type, nullptr, &size);
    if (rc != ERROR_SUCCESS || size == 0) return {};
    std::vector<wchar_t> buffer(size / sizeof(wchar_t) + 1, L'\0');
    rc = RegGetValueW(root, subKey, name, RRF_RT_REG_SZ | RRF_SUBKEY_WOW6464KEY, &type, buffer.data(), &size);
    if (rc != ERROR_SUCCESS) return {};
    return TextConvert::toUtf8(buffer.data());
}

bool RegistryLayout::writeString(HKEY root, const wchar_t* subKey, const wchar_t* name, const std::string& value) {
    UniqueKey key;
    LONG rc = RegCreateKeyExW(root, subKey, 0, nullptr, 0, KEY_SET_VALUE | KEY_WOW64_64KEY, nullptr, key.put(), nullptr);
    if (rc != ERROR_SUCCESS) {
        Logger::error("cannot open registry key for writing: " + TextConvert::errorText(static_cast<DWORD>(rc)));
        return false;
    }
    std::wstring wide = TextConvert::toWide(value);
    rc = RegSetValueExW(key.get(), name, 0, REG_SZ, reinterpret_cast<const BYTE*>(wide.c_str()),
                        static_cast<DWORD>((wide.size() + 1) * sizeof(wchar_t)));
    if (rc != ERROR_SUCCESS) {
        Logger::error("cannot write registry value " + TextConvert::toUtf8(name) + ": " +
                      TextConvert::errorText(static_cast<DWORD>(rc)));
        return false;
    }
    return true;
}

RegistryLayout::InstallConfig RegistryLayout::readInstallConfig() {
    InstallConfig config;
    config.serverUrl = readString(HKEY_LOCAL_MACHINE, kRootKey, L"ServerUrl");
    config.serverCa = readString(HKEY_LOCAL_MACHINE, kRootKey, L"ServerCa");
    config.installSource = readString(HKEY_LOCAL_MACHINE, kRootKey, L"InstallSource");
    config.productCode = readString(HKEY_LOCAL_MACHINE, kRootKey, L"ProductCode");
    return config;
}

bool RegistryLayout::writeInstallSettings(const InstallSettings& settings) {
    return writeString(HKEY_LOCAL_MACHINE, kRootKey, L"ServerUrl", settings.serverUrl) &&
           writeString(HKEY_LOCAL_MACHINE, kRootKey, L"ServerCa", settings.serverCa) &&
           writeString(HKEY_LOCAL_MACHINE, kRootKey, L"InstallSource", settings.installSource);
}

bool RegistryLayout::permanentHostInstalled() {
    DWORD value = 0, size = sizeof value;
    LONG rc = RegGetValueW(HKEY_LOCAL_MACHINE, kHostMarkerKey, L"Installed", RRF_RT_REG_DWORD | RRF_SUBKEY_WOW6464KEY,
                           nullptr, &value, &size);
    return rc == ERROR_SUCCESS && value != 0;
}

std::int64_t RegistryLayout::firstStartMs(std::int64_t nowMs) {
    ULONGLONG stored = 0;
    DWORD size = sizeof stored;
    LONG rc = RegGetValueW(HKEY_LOCAL_MACHINE, kRootKey, L"FirstStartMs", RRF_RT_REG_QWORD | RRF_SUBKEY_WOW6464KEY,
                           nullptr, &stored, &size);
    if (rc == ERROR_SUCCESS && stored > 0) return static_cast<std::int64_t>(stored);
    UniqueKey key;
    rc = RegCreateKeyExW(HKEY_LOCAL_MACHINE, kRootKey, 0, nullptr, 0, KEY_SET_VALUE | KEY_WOW64_64KEY, nullptr,
                         key.put(), nullptr);
    if (rc == ERROR_SUCCESS) {
        stored = static_cast<ULONGLONG>(nowMs);
        RegSetValueExW(key.get(), L"FirstStartMs", 0, REG_QWORD, reinterpret_cast<const BYTE*>(&stored), sizeof stored);
    } else {
        Logger::warn("cannot record the first start time: " + TextConvert::errorText(static_cast<DWORD>(rc)));
    }
    return nowMs;
}

void RegistryLayout::writeActiveSummary(const std::string& technician, const std::string& untilIso) {
    writeString(HKEY_LOCAL_MACHINE, kRootKey, L"ActiveTechnician", technician.empty() ? "-" : technician);
    writeString(HKEY_LOCAL_MACHINE, kRootKey, L"ActiveUntil", untilIso);
}

void RegistryLayout::clearActiveSummary() {
    UniqueKey key;
    if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, kRootKey, 0, KEY_SET_VALUE | KEY_WOW64_64KEY, key.put()) != ERROR_SUCCESS)
        return;
    RegDeleteValueW(key.get(), L"ActiveTechnician");
    RegDeleteValueW(key.get(), L"ActiveUntil");
}

void RegistryLayout::removeServiceValues() {
    clearActiveSummary();
    UniqueKey key;
    if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, kRootKey, 0, KEY_SET_VALUE | KEY_WOW64_64KEY | DELETE, key.put()) ==
        ERROR_SUCCESS) {
        for (const wchar_t* name : {L"FirstStartMs", L"ServerUrl", L"ServerCa", L"InstallSource"})
            RegDeleteValueW(key.get(), name);
        LONG rc = RegDeleteKeyExW(key.get(), L"Session", KEY_WOW64_64KEY, 0);
        if (rc != ERROR_SUCCESS && rc != ERROR_FILE_NOT_FOUND)
            Logger::warn("cannot delete the Session key: " + TextConvert::errorText(static_cast<DWORD>(rc)));
    }
}

}  // namespace adhoc::win32

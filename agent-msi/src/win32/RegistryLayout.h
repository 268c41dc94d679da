// RegistryLayout: the agent's keys and values in the Windows registry (64-bit view), read and
// written only here.
//
//   HKLM\SOFTWARE\AdHocSupport             written once at first install (--configure, a
//                                          deferred custom action, never on repair):
//                                          ServerUrl, ServerCa, InstallSource
//                                          ([OriginalDatabase]), trimmed; by the MSI's
//                                          registry table: ProductCode, Version;
//                                          written by the service: FirstStartMs,
//                                          ActiveTechnician, ActiveUntil (read by the MSI
//                                          to refuse a second install)
//   HKLM\SOFTWARE\AdHocSupport\Session     the session secrets and the hidden account
//                                          (AccountName, AccountSid), ACL: SYSTEM and
//                                          Administrators only (RegistrySessionStore)
//   HKLM\SOFTWARE\AdHocSupportHost         marker of the permanent host software:
//                                          value Installed (REG_DWORD 1)
#pragma once

#include <windows.h>

#include <cstdint>
#include <string>

#include "../core/InstallSettings.h"

namespace adhoc::win32 {

class RegistryLayout {
public:
    static constexpr const wchar_t* kRootKey = L"SOFTWARE\\AdHocSupport";
    static constexpr const wchar_t* kSessionKey = L"SOFTWARE\\AdHocSupport\\Session";
    static constexpr const wchar_t* kHostMarkerKey = L"SOFTWARE\\AdHocSupportHost";

    struct InstallConfig {
        std::string serverUrl;
        std::string serverCa;  // the operator's private CA (SERVERCA), may be empty
        std::string installSource;
        std::string productCode;
    };

    static InstallConfig readInstallConfig();
    // The first install's settings (--configure); false (logged) if they cannot be stored.
    static bool writeInstallSettings(const InstallSettings& settings);
    static bool permanentHostInstalled();

    // First start of the service, recorded once (epoch ms); now if it cannot be stored.
    static std::int64_t firstStartMs(std::int64_t nowMs);

    // Non-secret summary of the active session for the MSI's launch condition.
    static void writeActiveSummary(const std::string& technician, const std::string& untilIso);
    static void clearActiveSummary();

    // Removes everything the service and --configure wrote (used by --cleanup at uninstall).
    static void removeServiceValues();

    static std::string readString(HKEY root, const wchar_t* subKey, const wchar_t* name);
    static bool writeString(HKEY root, const wchar_t* subKey, const wchar_t* name, const std::string& value);
};

}  // namespace adhoc::win32

// SystemActions: see SystemActions.h.
#include "SystemActions.h"

#include <windows.h>

#include "../win32/Handle.h"
#include "../win32/Logger.h"
#include "../win32/TextConvert.h"

namespace adhoc::remote {

using win32::Logger;
using win32::TextConvert;

namespace {

// 1 = services may send it, 3 = services and Ease of Access applications.
bool policyAllowsServiceSas() {
    DWORD value = 0, size = sizeof value;
    if (RegGetValueW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System",
                     L"SoftwareSASGeneration", RRF_RT_REG_DWORD, nullptr, &value, &size) != ERROR_SUCCESS)
        return false;
    return value == 1 || value == 3;
}

bool enableShutdownPrivilege() {
    win32::UniqueHandle token;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_ADJUST_PRIVILEGES | TOKEN_QUERY, token.put())) return false;
    TOKEN_PRIVILEGES privileges{};
    privileges.PrivilegeCount = 1;
    privileges.Privileges[0].Attributes = SE_PRIVILEGE_ENABLED;
    if (!LookupPrivilegeValueW(nullptr, SE_SHUTDOWN_NAME, &privileges.Privileges[0].Luid)) return false;
    // Succeeds without enabling anything when the token lacks the privilege: check the code.
    return AdjustTokenPrivileges(token.get(), FALSE, &privileges, 0, nullptr, nullptr) && GetLastError() == ERROR_SUCCESS;
}

}  // namespace

std::string SystemActions::sendCtrlAltDel() {
    using SendSasFunction = VOID(WINAPI*)(BOOL);
    win32::UniqueModule sas(LoadLibraryExW(L"sas.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32));
    auto sendSas = sas ? reinterpret_cast<SendSasFunction>(reinterpret_cast<void*>(GetProcAddress(sas.get(), "SendSAS")))
                       : nullptr;
    if (!sendSas) {
        Logger::warn("remote control: SendSAS is not available on this PC");
        return "Ctrl+Alt+Del cannot be sent: this version of Windows does not offer it to remote tools.";
    }
    std::string result;
    if (policyAllowsServiceSas()) {
        sendSas(FALSE);
        Logger::info("remote control: Ctrl+Alt+Del sent");
    } else {
        Logger::warn("remote control: SendSAS not allowed by the SoftwareSASGeneration policy");
        result = "Ctrl+Alt+Del cannot be sent: the Windows policy \"Disable or enable software Secure Attention "
                 "Sequence\" does not allow it on this PC.";
    }
    return result;
}

std::string SystemActions::restart() {
    if (!enableShutdownPrivilege())
        Logger::warn("remote control: cannot enable the shutdown privilege: " + TextConvert::errorText(GetLastError()));
    if (!InitiateSystemShutdownExW(nullptr, nullptr, 0, TRUE, TRUE,
                                   SHTDN_REASON_MAJOR_OTHER | SHTDN_REASON_FLAG_PLANNED)) {
        const DWORD error = GetLastError();
        Logger::error("remote control: restart refused: " + TextConvert::errorText(error));
        return "The PC could not be restarted (Windows error " + std::to_string(error) + ").";
    }
    Logger::info("remote control: restart requested by the technician");
    return {};
}

}  // namespace adhoc::remote

// ConsoleAppLauncher: see ConsoleAppLauncher.h.
#include "ConsoleAppLauncher.h"

#include <windows.h>
#include <wtsapi32.h>

#include "Handle.h"
#include "Logger.h"
#include "ProcessCloser.h"
#include "SessionProcess.h"
#include "TextConvert.h"

namespace adhoc::win32 {

bool ConsoleAppLauncher::launchInConsoleSession(const std::wstring& exePath) {
    DWORD sessionId = WTSGetActiveConsoleSessionId();
    if (sessionId == 0xFFFFFFFF) {
        Logger::info("no console session: the app will start at the next logon");
        return false;
    }
    if (ProcessCloser::isRunningInSession(exePath, sessionId)) return true;
    UniqueHandle token;
    if (!WTSQueryUserToken(sessionId, token.put())) {
        DWORD err = GetLastError();
        if (err == ERROR_NO_TOKEN)
            Logger::info("nobody is logged on at the console: the app will start at the next logon");
        else
            Logger::warn("WTSQueryUserToken failed: " + TextConvert::errorText(err));
        return false;
    }
    if (!SessionProcess::start(token.get(), exePath, "", "app")) return false;
    Logger::info("app started in console session " + std::to_string(sessionId));
    return true;
}

bool ConsoleAppLauncher::launchWorker(const std::wstring& exePath, const std::string& input) {
    UniqueHandle own, token;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_ALL_ACCESS, own.put()) ||
        !DuplicateTokenEx(own.get(), MAXIMUM_ALLOWED, nullptr, SecurityImpersonation, TokenPrimary, token.put())) {
        Logger::error("cannot duplicate the service token for a worker: " + TextConvert::errorText(GetLastError()));
        return false;
    }
    DWORD sessionId = WTSGetActiveConsoleSessionId();
    if (sessionId != 0xFFFFFFFF && !SetTokenInformation(token.get(), TokenSessionId, &sessionId, sizeof sessionId))
        Logger::warn("worker stays in the service's session: " + TextConvert::errorText(GetLastError()));
    if (!SessionProcess::start(token.get(), exePath, input, "connection worker")) return false;
    Logger::info("connection worker started in session " + std::to_string(sessionId));
    return true;
}

}  // namespace adhoc::win32

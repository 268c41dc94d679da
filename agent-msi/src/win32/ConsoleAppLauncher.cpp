// ConsoleAppLauncher: see ConsoleAppLauncher.h.
#include "ConsoleAppLauncher.h"

#include <windows.h>
#include <userenv.h>
#include <wtsapi32.h>

#include "Handle.h"
#include "Logger.h"
#include "ProcessCloser.h"
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
    void* environment = nullptr;
    if (!CreateEnvironmentBlock(&environment, token.get(), FALSE)) {
        Logger::warn("CreateEnvironmentBlock failed, using the service environment: " +
                     TextConvert::errorText(GetLastError()));
        environment = nullptr;
    }
    std::wstring commandLine = L"\"" + exePath + L"\"";
    std::wstring desktop = L"winsta0\\default";
    STARTUPINFOW si{};
    si.cb = sizeof si;
    si.lpDesktop = &desktop[0];
    PROCESS_INFORMATION pi{};
    BOOL ok = CreateProcessAsUserW(token.get(), exePath.c_str(), &commandLine[0], nullptr, nullptr, FALSE,
                                   CREATE_UNICODE_ENVIRONMENT | CREATE_NEW_PROCESS_GROUP, environment, nullptr, &si, &pi);
    DWORD err = GetLastError();
    if (environment) DestroyEnvironmentBlock(environment);
    if (!ok) {
        Logger::error("CreateProcessAsUserW failed for the app: " + TextConvert::errorText(err));
        return false;
    }
    CloseHandle(pi.hThread);
    CloseHandle(pi.hProcess);
    Logger::info("app started in console session " + std::to_string(sessionId) + " (pid " +
                 std::to_string(pi.dwProcessId) + ")");
    return true;
}

}  // namespace adhoc::win32

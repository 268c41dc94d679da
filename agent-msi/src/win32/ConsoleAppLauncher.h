// ConsoleAppLauncher: starts programs in the desktop of the console session from the
// LocalSystem service: the app (AdHocSupport.exe) as the user logged on there
// (WTSQueryUserToken), and connection workers (AdHocRemote.exe) as LocalSystem, so they
// can capture and control every desktop, including UAC prompts.
#pragma once

#include <string>

namespace adhoc::win32 {

class ConsoleAppLauncher {
public:
    // Starts `exePath` unless it already runs in the console session. False (logged)
    // when nobody is logged on or the call fails.
    static bool launchInConsoleSession(const std::wstring& exePath);
    // Starts the worker `exePath` as LocalSystem in the console session (in the
    // service's own session when there is none), handing it `input` on standard input.
    static bool launchWorker(const std::wstring& exePath, const std::string& input);
};

}  // namespace adhoc::win32

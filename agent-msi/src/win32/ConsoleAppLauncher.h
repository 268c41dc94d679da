// ConsoleAppLauncher: starts the app (AdHocSupport.exe) in the desktop of the user
// logged on at the console, from the LocalSystem service: WTSGetActiveConsoleSessionId,
// WTSQueryUserToken, CreateEnvironmentBlock, CreateProcessAsUserW on winsta0\default.
#pragma once

#include <string>

namespace adhoc::win32 {

class ConsoleAppLauncher {
public:
    // Starts `exePath` unless it already runs in the console session. False (logged)
    // when nobody is logged on or the call fails.
    static bool launchInConsoleSession(const std::wstring& exePath);
};

}  // namespace adhoc::win32

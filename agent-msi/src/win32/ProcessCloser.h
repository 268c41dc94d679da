// ProcessCloser: finds running copies of the app by their image path and closes them
// (WM_CLOSE to their windows, then TerminateProcess), so an uninstall never meets a file
// in use (which would leave the exe behind until a reboot).
#pragma once

#include <windows.h>

#include <string>

namespace adhoc::win32 {

class ProcessCloser {
public:
    static bool isRunningInSession(const std::wstring& exePath, DWORD sessionId);
    // Closes every process whose image is `exePath`; waits up to `graceMs` for them.
    static void closeAll(const std::wstring& exePath, DWORD graceMs);
};

}  // namespace adhoc::win32

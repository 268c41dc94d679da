// SessionProcess: starts a program on the interactive desktop (winsta0\default) of a
// Windows session with a given primary token (CreateProcessAsUserW with the token's
// environment), optionally handing it text on its standard input, so that secrets never
// appear on a command line.
#pragma once

#include <windows.h>

#include <string>

namespace adhoc::win32 {

class SessionProcess {
public:
    // `input` (may be empty) is written to the child's standard input, which is then
    // closed. `what` names the program in the log. False (logged) on failure.
    static bool start(HANDLE token, const std::wstring& exePath, const std::string& input, const char* what);
};

}  // namespace adhoc::win32

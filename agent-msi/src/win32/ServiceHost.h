// ServiceHost: Windows service plumbing for one own-process service: dispatcher,
// ServiceMain, status reporting and the control handler (stop, shutdown, session
// change). The service's work is a Runner that returns when the stop event is set.
#pragma once

#include <windows.h>

#include <functional>

namespace adhoc::win32 {

class ServiceHost {
public:
    struct Runner {
        // Runs until `stopEvent` is signalled; returns the service exit code.
        std::function<DWORD(HANDLE stopEvent)> run;
        // A user logged on (WTS_SESSION_LOGON) in session `sessionId`.
        std::function<void(DWORD sessionId)> onLogon;
    };

    static constexpr const wchar_t* kServiceName = L"AdHocSupportAgent";

    // Connects to the SCM and blocks until the service stops. False when the process
    // was not started by the SCM (ERROR_FAILED_SERVICE_CONTROLLER_CONNECT).
    static bool runAsService(Runner runner);

    // Restart on failure after 5 s / 30 s / 60 s (ChangeServiceConfig2).
    static void configureRecovery();

private:
    static void WINAPI serviceMain(DWORD argc, wchar_t** argv);
    static DWORD WINAPI controlHandler(DWORD control, DWORD eventType, void* eventData, void* context);
    static void reportStatus(DWORD state, DWORD exitCode, DWORD waitHintMs);
};

}  // namespace adhoc::win32

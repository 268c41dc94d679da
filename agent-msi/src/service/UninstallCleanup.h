// UninstallCleanup: "AdHocAgentService.exe --cleanup", run by the MSI at uninstall as a
// deferred custom action (LocalSystem, after the service has stopped). Removes what the
// service created and Windows Installer does not know about (after telling the server,
// if a session is still stored: SessionFarewell): the hidden account and its
// logon-screen entry, the session key and service-written values, running copies of the
// app, and %ProgramData%\AdHocSupport with the logs.
#pragma once

namespace adhoc::service {

class UninstallCleanup {
public:
    // Always returns 0: a failed cleanup step must not block the uninstall (it is logged).
    static int run();

private:
    // Stops the service and waits until its process has exited: Wine's StopServices
    // does not wait, and a running service would race with the cleanup.
    static void stopServiceAndWait();
};

}  // namespace adhoc::service

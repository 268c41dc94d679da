// InstallConfiguration: "AdHocAgentService.exe --configure <SERVERURL> <SERVERCA>
// <OriginalDatabase>", run by the MSI once, at first install (deferred, LocalSystem, never
// on repair or reinstall: see wix/Product.wxs). Stores the values trimmed in
// HKLM\SOFTWARE\AdHocSupport, where the service reads them, and logs what it stored.
#pragma once

namespace adhoc::service {

class InstallConfiguration {
public:
    // argv[2..4] are the three values; returns the process exit code (0: stored).
    static int run(int argc, wchar_t** argv);
};

}  // namespace adhoc::service

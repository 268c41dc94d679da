// AdHocAgentService.exe entry point.
//   (no arguments)  run as the Windows service AdHocSupportAgent (LocalSystem)
//   --console       run the same loop in the foreground (development; Ctrl+C stops)
//   --configure URL CA MSI  store the first install's settings, run by the MSI (InstallConfiguration)
//   --cleanup       uninstall cleanup, run by the MSI (see UninstallCleanup)
//   --version       print the version
#include <windows.h>

#include <cstdio>
#include <cwchar>

#include "version.h"  // generated: ADHOC_VERSION
#include "../win32/Handle.h"
#include "../win32/Logger.h"
#include "../win32/ServiceHost.h"
#include "AgentService.h"
#include "InstallConfiguration.h"
#include "UninstallCleanup.h"

namespace {

HANDLE g_consoleStop = nullptr;

BOOL WINAPI onConsoleControl(DWORD) {
    if (g_consoleStop) SetEvent(g_consoleStop);
    return TRUE;
}

}  // namespace

int wmain(int argc, wchar_t** argv) {
    using namespace adhoc;
    if (argc > 1 && std::wcscmp(argv[1], L"--cleanup") == 0) return service::UninstallCleanup::run();
    if (argc > 1 && std::wcscmp(argv[1], L"--configure") == 0) return service::InstallConfiguration::run(argc, argv);
    if (argc > 1 && std::wcscmp(argv[1], L"--version") == 0) {
        std::printf("AdHoc Support agent %s\n", ADHOC_VERSION);
        return 0;
    }
    if (argc > 1 && std::wcscmp(argv[1], L"--console") == 0) {
        win32::Logger::open("console", true);
        win32::UniqueHandle stop(CreateEventW(nullptr, TRUE, FALSE, nullptr));
        g_consoleStop = stop.get();
        SetConsoleCtrlHandler(onConsoleControl, TRUE);
        service::AgentService agent;
        return static_cast<int>(agent.run(stop.get()));
    }
    if (argc > 1) {
        std::fprintf(stderr, "usage: AdHocAgentService.exe [--console | --cleanup | --configure URL CA MSI | --version]\n");
        return 2;
    }
    win32::Logger::open("service", false);
    service::AgentService agent;
    win32::ServiceHost::Runner runner;
    runner.run = [&agent](HANDLE stopEvent) {
        DWORD code = agent.run(stopEvent);
        // Release the log file before the SCM sees STOPPED: the uninstall cleanup
        // deletes the log folder right after.
        win32::Logger::close();
        return code;
    };
    runner.onLogon = [&agent](DWORD sessionId) { agent.onLogon(sessionId); };
    if (!win32::ServiceHost::runAsService(runner)) {
        std::fprintf(stderr, "AdHocAgentService.exe is a Windows service; use --console to run it by hand\n");
        return 1;
    }
    return 0;
}

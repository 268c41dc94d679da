// UninstallCleanup: see UninstallCleanup.h.
#include "UninstallCleanup.h"

#include <windows.h>

#include <cstdio>
#include <string>
#include <vector>

#include "../core/HiddenAccount.h"
#include "../win32/LocalAccountManager.h"
#include "../win32/Logger.h"
#include "../win32/ProcessCloser.h"
#include "../win32/RegistryLayout.h"
#include "../win32/RegistrySessionStore.h"
#include "../win32/SecureDirectory.h"
#include "../win32/ServiceHost.h"
#include "../win32/TextConvert.h"
#include "AgentService.h"
#include "SessionFarewell.h"

namespace adhoc::service {

using win32::Logger;

int UninstallCleanup::run() {
    Logger::open("cleanup", true);
    Logger::info("uninstall cleanup started");
    stopServiceAndWait();
    win32::ProcessCloser::closeAll(AgentService::appPath(), 1000);
    win32::RegistrySessionStore store;
    win32::LocalAccountManager accounts;
    std::vector<std::string> events;
    // Only the account this agent created, by the SID it recorded.
    HiddenAccount(accounts).remove(store.loadAccount(), events);
    for (const std::string& line : events) Logger::info(line);
    StoredSession session;
    if (store.load(session)) {
        // Removed by hand during a session: end it on the server too (at most 10 s).
        std::string serverUrl = win32::RegistryLayout::readInstallConfig().serverUrl;
        SessionFarewell::tell(session, serverUrl, 10000);
    }
    store.clear();
    win32::RegistryLayout::removeServiceValues();
    Logger::info("uninstall cleanup done; removing the log folder");
    Logger::close();
    std::wstring data = Logger::dataDirectory();
    // The stopped service may need a moment to exit and release its log file.
    // Never follows a junction or link (one placed there is removed itself, or left).
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (win32::SecureDirectory::removeTree(data)) return 0;
        Sleep(500);
    }
    std::fprintf(stderr, "cannot remove %ls: %s\n", data.c_str(),
                 win32::TextConvert::errorText(GetLastError()).c_str());
    return 0;
}

void UninstallCleanup::stopServiceAndWait() {
    win32::UniqueServiceHandle scm(OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
    if (!scm) {
        Logger::warn("cannot open the service manager: " + win32::TextConvert::errorText(GetLastError()));
        return;
    }
    win32::UniqueServiceHandle service(
        OpenServiceW(scm.get(), win32::ServiceHost::kServiceName, SERVICE_STOP | SERVICE_QUERY_STATUS));
    if (!service) return;  // already deleted
    SERVICE_STATUS_PROCESS status{};
    DWORD needed = 0;
    auto query = [&] {
        return QueryServiceStatusEx(service.get(), SC_STATUS_PROCESS_INFO, reinterpret_cast<BYTE*>(&status),
                                    sizeof status, &needed) != FALSE;
    };
    if (!query()) return;
    DWORD pid = status.dwProcessId;
    win32::UniqueHandle process(pid ? OpenProcess(SYNCHRONIZE, FALSE, pid) : nullptr);
    if (status.dwCurrentState != SERVICE_STOPPED && status.dwCurrentState != SERVICE_STOP_PENDING) {
        SERVICE_STATUS ignored;
        if (!ControlService(service.get(), SERVICE_CONTROL_STOP, &ignored))
            Logger::warn("cannot stop the service: " + win32::TextConvert::errorText(GetLastError()));
    }
    for (int i = 0; i < 60 && query() && status.dwCurrentState != SERVICE_STOPPED; ++i) Sleep(500);
    if (process && WaitForSingleObject(process.get(), 15000) != WAIT_OBJECT_0)
        Logger::warn("the service process " + std::to_string(pid) + " did not exit in time");
    else
        Logger::info("service stopped");
}

}  // namespace adhoc::service

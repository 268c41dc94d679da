// ServiceHost: see ServiceHost.h.
#include "ServiceHost.h"

#include <wtsapi32.h>

#include "Handle.h"
#include "Logger.h"
#include "TextConvert.h"

namespace adhoc::win32 {

namespace {

ServiceHost::Runner g_runner;
SERVICE_STATUS_HANDLE g_statusHandle = nullptr;
SERVICE_STATUS g_status{};
HANDLE g_stopEvent = nullptr;

}  // namespace

bool ServiceHost::runAsService(Runner runner) {
    g_runner = std::move(runner);
    wchar_t name[] = L"AdHocSupportAgent";
    SERVICE_TABLE_ENTRYW table[] = {{name, &ServiceHost::serviceMain}, {nullptr, nullptr}};
    if (!StartServiceCtrlDispatcherW(table)) {
        DWORD err = GetLastError();
        if (err != ERROR_FAILED_SERVICE_CONTROLLER_CONNECT)
            Logger::error("StartServiceCtrlDispatcher failed: " + TextConvert::errorText(err));
        return false;
    }
    return true;
}

void ServiceHost::reportStatus(DWORD state, DWORD exitCode, DWORD waitHintMs) {
    static DWORD checkPoint = 1;
    g_status.dwServiceType = SERVICE_WIN32_OWN_PROCESS;
    g_status.dwCurrentState = state;
    g_status.dwWin32ExitCode = exitCode;
    g_status.dwWaitHint = waitHintMs;
    g_status.dwControlsAccepted =
        state == SERVICE_START_PENDING ? 0 : SERVICE_ACCEPT_STOP | SERVICE_ACCEPT_SHUTDOWN | SERVICE_ACCEPT_SESSIONCHANGE;
    g_status.dwCheckPoint = (state == SERVICE_RUNNING || state == SERVICE_STOPPED) ? 0 : checkPoint++;
    if (g_statusHandle) SetServiceStatus(g_statusHandle, &g_status);
}

void WINAPI ServiceHost::serviceMain(DWORD, wchar_t**) {
    g_statusHandle = RegisterServiceCtrlHandlerExW(kServiceName, &ServiceHost::controlHandler, nullptr);
    if (!g_statusHandle) {
        Logger::error("RegisterServiceCtrlHandlerEx failed: " + TextConvert::errorText(GetLastError()));
        return;
    }
    reportStatus(SERVICE_START_PENDING, NO_ERROR, 5000);
    UniqueHandle stopEvent(CreateEventW(nullptr, TRUE, FALSE, nullptr));
    g_stopEvent = stopEvent.get();
    reportStatus(SERVICE_RUNNING, NO_ERROR, 0);
    DWORD exitCode = g_runner.run ? g_runner.run(stopEvent.get()) : NO_ERROR;
    g_stopEvent = nullptr;
    reportStatus(SERVICE_STOPPED, exitCode, 0);
}

DWORD WINAPI ServiceHost::controlHandler(DWORD control, DWORD eventType, void* eventData, void*) {
    switch (control) {
        case SERVICE_CONTROL_STOP:
        case SERVICE_CONTROL_SHUTDOWN:
            reportStatus(SERVICE_STOP_PENDING, NO_ERROR, 15000);
            if (g_stopEvent) SetEvent(g_stopEvent);
            return NO_ERROR;
        case SERVICE_CONTROL_SESSIONCHANGE:
            if (eventType == WTS_SESSION_LOGON && eventData && g_runner.onLogon)
                g_runner.onLogon(static_cast<WTSSESSION_NOTIFICATION*>(eventData)->dwSessionId);
            return NO_ERROR;
        case SERVICE_CONTROL_INTERROGATE: return NO_ERROR;
        default: return ERROR_CALL_NOT_IMPLEMENTED;
    }
}

void ServiceHost::configureRecovery() {
    UniqueServiceHandle scm(OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
    if (!scm) return;
    UniqueServiceHandle service(OpenServiceW(scm.get(), kServiceName, SERVICE_CHANGE_CONFIG | SERVICE_START));
    if (!service) return;
    SC_ACTION actions[3] = {{SC_ACTION_RESTART, 5000}, {SC_ACTION_RESTART, 30000}, {SC_ACTION_RESTART, 60000}};
    SERVICE_FAILURE_ACTIONSW failure{};
    failure.dwResetPeriod = 24 * 3600;
    failure.cActions = 3;
    failure.lpsaActions = actions;
    if (!ChangeServiceConfig2W(service.get(), SERVICE_CONFIG_FAILURE_ACTIONS, &failure))
        Logger::warn("cannot configure service recovery: " + TextConvert::errorText(GetLastError()));
}

}  // namespace adhoc::win32

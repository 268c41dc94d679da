// ServiceList: see ServiceList.h.
#include "ServiceList.h"

#include <windows.h>

#include <vector>

#include "../core/RequestFailure.h"
#include "../win32/Handle.h"
#include "../win32/ServiceHost.h"
#include "../win32/TextConvert.h"

namespace adhoc::dashboard {

namespace {

using win32::TextConvert;
using win32::UniqueServiceHandle;

constexpr DWORD kStateWaitMs = 10000;

const char* stateName(DWORD state) {
    switch (state) {
        case SERVICE_STOPPED: return "stopped";
        case SERVICE_START_PENDING: return "starting";
        case SERVICE_STOP_PENDING: return "stopping";
        case SERVICE_RUNNING: return "running";
        case SERVICE_CONTINUE_PENDING: return "continuing";
        case SERVICE_PAUSE_PENDING: return "pausing";
        case SERVICE_PAUSED: return "paused";
        default: return "unknown";
    }
}

const char* startTypeName(DWORD type) {
    switch (type) {
        case SERVICE_BOOT_START: return "boot";
        case SERVICE_SYSTEM_START: return "system";
        case SERVICE_AUTO_START: return "auto";
        case SERVICE_DEMAND_START: return "manual";
        case SERVICE_DISABLED: return "disabled";
        default: return "unknown";
    }
}

std::string startType(SC_HANDLE manager, const wchar_t* name) {
    UniqueServiceHandle service(OpenServiceW(manager, name, SERVICE_QUERY_CONFIG));
    DWORD needed = 0;
    if (!service) return "unknown";
    QueryServiceConfigW(service.get(), nullptr, 0, &needed);
    std::vector<std::uint8_t> buffer(needed);
    auto* config = reinterpret_cast<QUERY_SERVICE_CONFIGW*>(buffer.data());
    if (needed == 0 || !QueryServiceConfigW(service.get(), config, needed, &needed)) return "unknown";
    return startTypeName(config->dwStartType);
}

[[noreturn]] void refuse(DWORD error, const std::string& name) {
    switch (error) {
        case ERROR_ACCESS_DENIED: throw RequestFailure("ACCESS_DENIED", "Windows does not allow controlling the service " + name + ".");
        case ERROR_SERVICE_DOES_NOT_EXIST: throw RequestFailure("NOT_FOUND", "There is no service named " + name + ".");
        case ERROR_SERVICE_ALREADY_RUNNING: throw RequestFailure("FAILED", "The service " + name + " is already running.");
        case ERROR_SERVICE_NOT_ACTIVE: throw RequestFailure("FAILED", "The service " + name + " is not running.");
        case ERROR_SERVICE_DISABLED: throw RequestFailure("FAILED", "The service " + name + " is disabled.");
        case ERROR_DEPENDENT_SERVICES_RUNNING:
            throw RequestFailure("FAILED", "Other running services depend on " + name + "; stop them first.");
        case ERROR_INVALID_SERVICE_CONTROL:
        case ERROR_SERVICE_CANNOT_ACCEPT_CTRL:
            throw RequestFailure("FAILED", "The service " + name + " cannot be stopped now.");
        default:
            throw RequestFailure("FAILED", "The service " + name + " could not be controlled: " + TextConvert::errorText(error));
    }
}

[[noreturn]] void listUnavailable(DWORD error) {
    throw RequestFailure(error == ERROR_ACCESS_DENIED ? "ACCESS_DENIED" : "FAILED",
                         "The service list is not available: " + TextConvert::errorText(error));
}

void waitForState(SC_HANDLE service, DWORD wanted) {
    SERVICE_STATUS status{};
    for (DWORD waited = 0; waited < kStateWaitMs; waited += 250) {
        if (!QueryServiceStatus(service, &status) || status.dwCurrentState == wanted) return;
        Sleep(250);
    }
}

}  // namespace

Json ServiceList::list() {
    UniqueServiceHandle manager(OpenSCManagerW(nullptr, nullptr, SC_MANAGER_ENUMERATE_SERVICE | SC_MANAGER_CONNECT));
    if (!manager) listUnavailable(GetLastError());
    Json services = Json::array();
    std::vector<std::uint8_t> buffer(64 * 1024);
    DWORD resume = 0;
    for (;;) {
        DWORD needed = 0, count = 0;
        BOOL ok = EnumServicesStatusExW(manager.get(), SC_ENUM_PROCESS_INFO, SERVICE_WIN32, SERVICE_STATE_ALL,
                                        buffer.data(), static_cast<DWORD>(buffer.size()), &needed, &count, &resume,
                                        nullptr);
        DWORD error = ok ? ERROR_SUCCESS : GetLastError();
        if (!ok && error != ERROR_MORE_DATA) listUnavailable(error);
        auto* entries = reinterpret_cast<ENUM_SERVICE_STATUS_PROCESSW*>(buffer.data());
        for (DWORD i = 0; i < count; ++i) {
            Json service = Json::object();
            service.set("name", Json::string(TextConvert::toUtf8(entries[i].lpServiceName)));
            service.set("display", Json::string(TextConvert::toUtf8(entries[i].lpDisplayName)));
            service.set("state", Json::string(stateName(entries[i].ServiceStatusProcess.dwCurrentState)));
            service.set("startType", Json::string(startType(manager.get(), entries[i].lpServiceName)));
            services.push(std::move(service));
        }
        if (ok) return services;
        if (needed > buffer.size()) buffer.resize(needed);
    }
}

void ServiceList::control(const std::string& name, const std::string& action) {
    if (action != "start" && action != "stop") throw RequestFailure("FAILED", "The action must be start or stop.");
    if (name.empty()) throw RequestFailure("NOT_FOUND", "The request names no service.");
    std::wstring wide = TextConvert::toWide(name);
    if (_wcsicmp(wide.c_str(), win32::ServiceHost::kServiceName) == 0)
        throw RequestFailure("FAILED", "The AdHoc Support service carries this connection and cannot be controlled here.");
    UniqueServiceHandle manager(OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
    if (!manager) refuse(GetLastError(), name);
    bool start = action == "start";
    DWORD access = SERVICE_QUERY_STATUS | (start ? SERVICE_START : SERVICE_STOP);
    UniqueServiceHandle service(OpenServiceW(manager.get(), wide.c_str(), access));
    if (!service) refuse(GetLastError(), name);
    SERVICE_STATUS status{};
    if (start ? !StartServiceW(service.get(), 0, nullptr) : !ControlService(service.get(), SERVICE_CONTROL_STOP, &status))
        refuse(GetLastError(), name);
    waitForState(service.get(), start ? SERVICE_RUNNING : SERVICE_STOPPED);
}

}  // namespace adhoc::dashboard

// ProcessList: see ProcessList.h.
#include "ProcessList.h"

#include <windows.h>
#include <psapi.h>
#include <tlhelp32.h>

#include "../core/RequestFailure.h"
#include "../win32/Handle.h"
#include "../win32/TextConvert.h"

namespace adhoc::dashboard {

namespace {

using win32::TextConvert;
using win32::UniqueHandle;

std::int64_t workingSet(DWORD pid) {
    UniqueHandle process(OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pid));
    PROCESS_MEMORY_COUNTERS counters{};
    if (!process || !GetProcessMemoryInfo(process.get(), &counters, sizeof counters)) return 0;
    return static_cast<std::int64_t>(counters.WorkingSetSize);
}

// IsProcessCritical exists from Windows 8.1 on; ending such a process stops Windows.
bool isCritical(HANDLE process) {
    using IsProcessCriticalFn = BOOL(WINAPI*)(HANDLE, PBOOL);
    auto isProcessCritical = reinterpret_cast<IsProcessCriticalFn>(
        reinterpret_cast<void*>(GetProcAddress(GetModuleHandleW(L"kernel32.dll"), "IsProcessCritical")));
    BOOL critical = FALSE;
    return isProcessCritical && isProcessCritical(process, &critical) && critical;
}

}  // namespace

Json ProcessList::list() {
    UniqueHandle snapshot(CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0));
    if (!snapshot)
        throw RequestFailure("FAILED", "The process list is not available: " + TextConvert::errorText(GetLastError()));
    Json processes = Json::array();
    PROCESSENTRY32W entry{};
    entry.dwSize = sizeof entry;
    for (BOOL more = Process32FirstW(snapshot.get(), &entry); more; more = Process32NextW(snapshot.get(), &entry)) {
        Json process = Json::object();
        process.set("pid", Json::integer(entry.th32ProcessID));
        process.set("name", Json::string(TextConvert::toUtf8(entry.szExeFile)));
        process.set("memory", Json::integer(workingSet(entry.th32ProcessID)));
        processes.push(std::move(process));
    }
    return processes;
}

void ProcessList::end(std::int64_t pid) {
    if (pid == 0 || pid == 4) throw RequestFailure("FAILED", "The system process " + std::to_string(pid) + " cannot be ended.");
    if (pid == GetCurrentProcessId())
        throw RequestFailure("FAILED", "This is the AdHoc Support connection itself; close the connection instead.");
    if (pid < 0 || pid > 0xFFFFFFFFLL) throw RequestFailure("NOT_FOUND", "No process has the id " + std::to_string(pid) + ".");
    UniqueHandle process(OpenProcess(PROCESS_TERMINATE | PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid)));
    if (!process) {
        DWORD error = GetLastError();
        if (error == ERROR_INVALID_PARAMETER)
            throw RequestFailure("NOT_FOUND", "No process has the id " + std::to_string(pid) + ".");
        if (error == ERROR_ACCESS_DENIED)
            throw RequestFailure("ACCESS_DENIED", "Windows does not allow ending process " + std::to_string(pid) + ".");
        throw RequestFailure("FAILED", "Process " + std::to_string(pid) + " cannot be opened: " + TextConvert::errorText(error));
    }
    if (isCritical(process.get()))
        throw RequestFailure("FAILED", "Process " + std::to_string(pid) + " is critical to Windows and cannot be ended.");
    if (!TerminateProcess(process.get(), 1)) {
        DWORD error = GetLastError();
        throw RequestFailure(error == ERROR_ACCESS_DENIED ? "ACCESS_DENIED" : "FAILED",
                             "Process " + std::to_string(pid) + " could not be ended: " + TextConvert::errorText(error));
    }
}

}  // namespace adhoc::dashboard

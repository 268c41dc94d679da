// ProcessCloser: see ProcessCloser.h.
#include "ProcessCloser.h"

#include <tlhelp32.h>

#include <vector>

#include "Handle.h"
#include "Logger.h"
#include "TextConvert.h"

namespace adhoc::win32 {

namespace {

std::wstring fileName(const std::wstring& path) {
    size_t slash = path.find_last_of(L"\\/");
    return slash == std::wstring::npos ? path : path.substr(slash + 1);
}

// Process ids whose executable has the same file name as `exePath`, optionally in a session.
std::vector<DWORD> findProcesses(const std::wstring& exePath, DWORD sessionFilter) {
    std::vector<DWORD> found;
    UniqueHandle snapshot(CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0));
    if (!snapshot) return found;
    PROCESSENTRY32W entry{};
    entry.dwSize = sizeof entry;
    std::wstring name = fileName(exePath);
    for (BOOL more = Process32FirstW(snapshot.get(), &entry); more; more = Process32NextW(snapshot.get(), &entry)) {
        if (lstrcmpiW(entry.szExeFile, name.c_str()) != 0 || entry.th32ProcessID == GetCurrentProcessId()) continue;
        DWORD session = 0;
        if (sessionFilter != 0xFFFFFFFF &&
            (!ProcessIdToSessionId(entry.th32ProcessID, &session) || session != sessionFilter))
            continue;
        found.push_back(entry.th32ProcessID);
    }
    return found;
}

BOOL CALLBACK closeWindowsOf(HWND hwnd, LPARAM pid) {
    DWORD owner = 0;
    GetWindowThreadProcessId(hwnd, &owner);
    if (owner == static_cast<DWORD>(pid)) PostMessageW(hwnd, WM_CLOSE, 0, 0);
    return TRUE;
}

}  // namespace

bool ProcessCloser::isRunningInSession(const std::wstring& exePath, DWORD sessionId) {
    return !findProcesses(exePath, sessionId).empty();
}

void ProcessCloser::closeAll(const std::wstring& exePath, DWORD graceMs) {
    std::vector<DWORD> pids = findProcesses(exePath, 0xFFFFFFFF);
    for (DWORD pid : pids) {
        EnumWindows(closeWindowsOf, static_cast<LPARAM>(pid));
        UniqueHandle process(OpenProcess(SYNCHRONIZE | PROCESS_TERMINATE, FALSE, pid));
        if (!process) continue;
        if (WaitForSingleObject(process.get(), graceMs) != WAIT_OBJECT_0) {
            if (TerminateProcess(process.get(), 0))
                Logger::info("app process " + std::to_string(pid) + " terminated");
            else
                Logger::warn("cannot terminate app process " + std::to_string(pid) + ": " +
                             TextConvert::errorText(GetLastError()));
            WaitForSingleObject(process.get(), 2000);
        } else {
            Logger::info("app process " + std::to_string(pid) + " closed");
        }
    }
}

}  // namespace adhoc::win32

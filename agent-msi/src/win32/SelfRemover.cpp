// SelfRemover: see SelfRemover.h.
#include "SelfRemover.h"

#include <windows.h>

#include "Handle.h"
#include "Logger.h"
#include "TextConvert.h"

namespace adhoc::win32 {

bool SelfRemover::startUninstall(const std::string& productCode) {
    if (productCode.size() != 38 || productCode.front() != '{' || productCode.back() != '}') {
        Logger::error("cannot uninstall: no valid ProductCode in HKLM\\SOFTWARE\\AdHocSupport (got '" + productCode +
                      "')");
        return false;
    }
    wchar_t systemDir[MAX_PATH];
    UINT n = GetSystemDirectoryW(systemDir, MAX_PATH);
    std::wstring msiexec = (n > 0 && n < MAX_PATH) ? std::wstring(systemDir) + L"\\msiexec.exe" : L"msiexec.exe";
    std::wstring commandLine = L"\"" + msiexec + L"\" /x " + TextConvert::toWide(productCode) + L" /qn";
    STARTUPINFOW si{};
    si.cb = sizeof si;
    PROCESS_INFORMATION pi{};
    DWORD flags = DETACHED_PROCESS | CREATE_NEW_PROCESS_GROUP | CREATE_BREAKAWAY_FROM_JOB;
    BOOL ok = CreateProcessW(msiexec.c_str(), &commandLine[0], nullptr, nullptr, FALSE, flags, nullptr, nullptr, &si, &pi);
    if (!ok && GetLastError() == ERROR_ACCESS_DENIED) {
        // Not allowed to break away from a job: start it inside the job instead.
        flags &= ~static_cast<DWORD>(CREATE_BREAKAWAY_FROM_JOB);
        ok = CreateProcessW(msiexec.c_str(), &commandLine[0], nullptr, nullptr, FALSE, flags, nullptr, nullptr, &si, &pi);
    }
    if (!ok) {
        Logger::error("cannot start msiexec /x: " + TextConvert::errorText(GetLastError()));
        return false;
    }
    UniqueHandle thread(pi.hThread), process(pi.hProcess);  // not waited for: it outlives this service
    Logger::info("started msiexec /x " + productCode + " /qn (pid " + std::to_string(pi.dwProcessId) + ")");
    return true;
}

}  // namespace adhoc::win32

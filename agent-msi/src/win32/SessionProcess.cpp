// SessionProcess: see SessionProcess.h.
#include "SessionProcess.h"

#include <userenv.h>

#include "Handle.h"
#include "Logger.h"
#include "TextConvert.h"

namespace adhoc::win32 {

namespace {

// Writes `input` to the pipe and closes it; small inputs fit the pipe buffer at once.
void feed(UniqueHandle& writeEnd, const std::string& input) {
    DWORD written = 0;
    if (!WriteFile(writeEnd.get(), input.data(), static_cast<DWORD>(input.size()), &written, nullptr) ||
        written != input.size())
        Logger::warn("could not hand the child its input: " + TextConvert::errorText(GetLastError()));
    writeEnd.reset();
}

}  // namespace

bool SessionProcess::start(HANDLE token, const std::wstring& exePath, const std::string& input, const char* what) {
    UniqueHandle readEnd, writeEnd;
    SECURITY_ATTRIBUTES inheritable{sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
    bool withInput = !input.empty();
    if (withInput) {
        if (!CreatePipe(readEnd.put(), writeEnd.put(), &inheritable, static_cast<DWORD>(input.size() + 1024))) {
            Logger::error(std::string("CreatePipe failed for the ") + what + ": " + TextConvert::errorText(GetLastError()));
            return false;
        }
        SetHandleInformation(writeEnd.get(), HANDLE_FLAG_INHERIT, 0);
    }
    UniqueEnvironment environment;
    if (!CreateEnvironmentBlock(environment.put(), token, FALSE)) environment.release();  // none: inherit ours
    std::wstring commandLine = L"\"" + exePath + L"\"";
    std::wstring desktop = L"winsta0\\default";
    STARTUPINFOW si{};
    si.cb = sizeof si;
    si.lpDesktop = &desktop[0];
    if (withInput) {
        si.dwFlags = STARTF_USESTDHANDLES;
        si.hStdInput = readEnd.get();
    }
    PROCESS_INFORMATION pi{};
    BOOL ok = CreateProcessAsUserW(token, exePath.c_str(), &commandLine[0], nullptr, nullptr, withInput ? TRUE : FALSE,
                                   CREATE_UNICODE_ENVIRONMENT | CREATE_NEW_PROCESS_GROUP, environment.get(), nullptr,
                                   &si, &pi);
    DWORD err = GetLastError();
    if (!ok) {
        Logger::error(std::string("CreateProcessAsUserW failed for the ") + what + ": " + TextConvert::errorText(err));
        return false;
    }
    UniqueHandle thread(pi.hThread), process(pi.hProcess);  // not waited for
    readEnd.reset();
    if (withInput) feed(writeEnd, input);
    return true;
}

}  // namespace adhoc::win32

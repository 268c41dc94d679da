// PipeClient: see PipeClient.h.
#include "PipeClient.h"

#include <windows.h>

#include <vector>

#include "../core/LocalProtocol.h"
#include "Handle.h"
#include "PipeServer.h"

namespace adhoc::win32 {

bool PipeClient::call(const std::string& request, std::string& reply, unsigned timeoutMs) {
    reply.clear();
    UniqueHandle pipe;
    ULONGLONG deadline = GetTickCount64() + timeoutMs;
    while (!pipe) {
        pipe.reset(CreateFileW(PipeServer::kPipeName, GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_EXISTING,
                               SECURITY_SQOS_PRESENT | SECURITY_IDENTIFICATION, nullptr));
        if (pipe) break;
        DWORD err = GetLastError();
        ULONGLONG now = GetTickCount64();
        if (now >= deadline) return false;
        if (err == ERROR_PIPE_BUSY) {
            WaitNamedPipeW(PipeServer::kPipeName, static_cast<DWORD>(deadline - now));
        } else if (err == ERROR_FILE_NOT_FOUND) {
            Sleep(50);  // the service is between two pipe instances, or not running
        } else {
            return false;
        }
    }
    DWORD mode = PIPE_READMODE_MESSAGE;
    SetNamedPipeHandleState(pipe.get(), &mode, nullptr, nullptr);
    DWORD written = 0;
    if (!WriteFile(pipe.get(), request.data(), static_cast<DWORD>(request.size()), &written, nullptr)) return false;
    std::vector<char> buffer(kMaxPipeMessageBytes);
    DWORD read = 0;
    if (!ReadFile(pipe.get(), buffer.data(), static_cast<DWORD>(buffer.size()), &read, nullptr)) return false;
    reply.assign(buffer.data(), read);
    return true;
}

}  // namespace adhoc::win32

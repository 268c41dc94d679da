// PipeServer: see PipeServer.h.
#include "PipeServer.h"

#include <sddl.h>

#include <vector>

#include "../core/LocalProtocol.h"
#include "Logger.h"
#include "TextConvert.h"

namespace adhoc::win32 {

namespace {

constexpr const wchar_t* kPipeSddl = L"D:P(A;;GA;;;SY)(A;;GA;;;BA)(A;;GRGW;;;IU)(D;;GA;;;NU)";
constexpr DWORD kBufferSize = static_cast<DWORD>(kMaxPipeMessageBytes);

// Waits for an overlapped operation or the stop event; true when the operation finished.
bool waitIo(HANDLE pipe, OVERLAPPED& ov, HANDLE stopEvent, DWORD& transferred, DWORD timeoutMs) {
    HANDLE handles[2] = {ov.hEvent, stopEvent};
    DWORD w = WaitForMultipleObjects(2, handles, FALSE, timeoutMs);
    if (w != WAIT_OBJECT_0) {
        CancelIo(pipe);
        GetOverlappedResult(pipe, &ov, &transferred, TRUE);
        return false;
    }
    return GetOverlappedResult(pipe, &ov, &transferred, FALSE) != FALSE;
}

}  // namespace

PipeServer::PipeServer(Handler handler) : handler_(std::move(handler)) {}

PipeServer::~PipeServer() { stop(); }

bool PipeServer::start() {
    stopEvent_.reset(CreateEventW(nullptr, TRUE, FALSE, nullptr));
    thread_.reset(CreateThread(nullptr, 0, &PipeServer::threadMain, this, 0, nullptr));
    if (!thread_) {
        Logger::error("cannot start the pipe thread: " + TextConvert::errorText(GetLastError()));
        return false;
    }
    return true;
}

void PipeServer::stop() {
    if (!thread_) return;
    SetEvent(stopEvent_.get());
    WaitForSingleObject(thread_.get(), 10000);
    thread_.reset();
}

DWORD WINAPI PipeServer::threadMain(void* self) {
    static_cast<PipeServer*>(self)->run();
    return 0;
}

void PipeServer::run() {
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(kPipeSddl, SDDL_REVISION_1, &sd, nullptr)) {
        Logger::error("cannot build the pipe ACL: " + TextConvert::errorText(GetLastError()));
        return;
    }
    UniqueLocal sdOwner(sd);
    SECURITY_ATTRIBUTES sa{sizeof sa, sd, FALSE};
    auto createInstance = [&sa] {
        UniqueHandle pipe(CreateNamedPipeW(kPipeName, PIPE_ACCESS_DUPLEX | FILE_FLAG_OVERLAPPED,
                                           PIPE_TYPE_MESSAGE | PIPE_READMODE_MESSAGE | PIPE_WAIT | PIPE_REJECT_REMOTE_CLIENTS,
                                           PIPE_UNLIMITED_INSTANCES, kBufferSize, kBufferSize, 0, &sa));
        if (!pipe) Logger::error("CreateNamedPipe failed: " + TextConvert::errorText(GetLastError()));
        return pipe;
    };
    // The next instance exists before the current client is served, so a client never
    // finds the pipe missing between two requests.
    UniqueHandle current = createInstance();
    while (WaitForSingleObject(stopEvent_.get(), 0) != WAIT_OBJECT_0) {
        if (!current) {
            if (WaitForSingleObject(stopEvent_.get(), 5000) == WAIT_OBJECT_0) return;
            current = createInstance();
            continue;
        }
        UniqueHandle event(CreateEventW(nullptr, TRUE, FALSE, nullptr));
        OVERLAPPED ov{};
        ov.hEvent = event.get();
        bool connected = ConnectNamedPipe(current.get(), &ov) != FALSE;
        DWORD err = GetLastError();
        if (!connected && err == ERROR_IO_PENDING) {
            DWORD ignored = 0;
            connected = waitIo(current.get(), ov, stopEvent_.get(), ignored, INFINITE);
        } else if (!connected && err == ERROR_PIPE_CONNECTED) {
            connected = true;
        }
        UniqueHandle next = createInstance();
        if (connected) serveOne(current.get());
        DisconnectNamedPipe(current.get());
        current = std::move(next);
    }
}

void PipeServer::serveOne(HANDLE pipe) {
    std::vector<char> buffer(kBufferSize);
    UniqueHandle event(CreateEventW(nullptr, TRUE, FALSE, nullptr));
    OVERLAPPED ov{};
    ov.hEvent = event.get();
    DWORD read = 0;
    BOOL ok = ReadFile(pipe, buffer.data(), kBufferSize, &read, &ov);
    if (!ok && GetLastError() == ERROR_IO_PENDING) ok = waitIo(pipe, ov, stopEvent_.get(), read, 5000);
    if (!ok) {
        Logger::warn("pipe read failed: " + TextConvert::errorText(GetLastError()));
        return;
    }
    std::string request(buffer.data(), read);
    SecureZeroMemory(buffer.data(), buffer.size());
    std::string reply = handler_(request);
    SecureZeroMemory(&request[0], request.size());
    ResetEvent(event.get());
    DWORD written = 0;
    ok = WriteFile(pipe, reply.data(), static_cast<DWORD>(reply.size()), &written, &ov);
    if (!ok && GetLastError() == ERROR_IO_PENDING) ok = waitIo(pipe, ov, stopEvent_.get(), written, 5000);
    if (!ok) Logger::warn("pipe write failed: " + TextConvert::errorText(GetLastError()));
    FlushFileBuffers(pipe);
}

}  // namespace adhoc::win32

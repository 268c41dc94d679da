// PipeServer: see PipeServer.h.
#include "PipeServer.h"

#include <aclapi.h>
#include <sddl.h>
#include <wtsapi32.h>

#include <vector>

#include "../core/LocalProtocol.h"
#include "Logger.h"
#include "TextConvert.h"

namespace adhoc::win32 {

namespace {

constexpr DWORD kBufferSize = static_cast<DWORD>(kMaxPipeMessageBytes);
constexpr DWORD kFollowUserMs = 2000;

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

std::wstring PipeServer::securityDescriptor(const std::wstring& consoleUserSid) {
    std::wstring sddl = L"D:P(D;;GA;;;NU)(A;;GA;;;SY)";
    if (!consoleUserSid.empty()) sddl += L"(A;;GRGW;;;" + consoleUserSid + L")";
    return sddl;
}

std::wstring PipeServer::consoleUserSid() {
    UniqueHandle token;
    DWORD session = WTSGetActiveConsoleSessionId();
    if (session == 0xFFFFFFFF || !WTSQueryUserToken(session, token.put())) return {};
    DWORD size = 0;
    GetTokenInformation(token.get(), TokenUser, nullptr, 0, &size);
    std::vector<BYTE> buffer(size);
    if (size == 0 || !GetTokenInformation(token.get(), TokenUser, buffer.data(), size, &size)) return {};
    wchar_t* text = nullptr;
    if (!ConvertSidToStringSidW(reinterpret_cast<TOKEN_USER*>(buffer.data())->User.Sid, &text)) return {};
    UniqueLocal owner(text);
    return text;
}

UniqueHandle PipeServer::createInstance(bool first) {
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(securityDescriptor(appliedUserSid_).c_str(),
                                                              SDDL_REVISION_1, &sd, nullptr)) {
        Logger::error("cannot build the pipe ACL: " + TextConvert::errorText(GetLastError()));
        return UniqueHandle();
    }
    UniqueLocal sdOwner(sd);
    SECURITY_ATTRIBUTES sa{sizeof sa, sd, FALSE};
    DWORD openMode = PIPE_ACCESS_DUPLEX | FILE_FLAG_OVERLAPPED | WRITE_DAC | (first ? FILE_FLAG_FIRST_PIPE_INSTANCE : 0);
    UniqueHandle pipe(CreateNamedPipeW(kPipeName, openMode,
                                       PIPE_TYPE_MESSAGE | PIPE_READMODE_MESSAGE | PIPE_WAIT | PIPE_REJECT_REMOTE_CLIENTS,
                                       PIPE_UNLIMITED_INSTANCES, kBufferSize, kBufferSize, 0, &sa));
    if (!pipe) {
        DWORD err = GetLastError();
        Logger::error("CreateNamedPipe failed: " + TextConvert::errorText(err) +
                      (err == ERROR_ACCESS_DENIED && first ? " (another process already owns the pipe's name)" : ""));
    }
    return pipe;
}

// All instances share one DACL: when another user is at the console, admit that one.
void PipeServer::followConsoleUser(HANDLE pipe) {
    std::wstring user = consoleUserSid();
    if (user == appliedUserSid_) return;
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(securityDescriptor(user).c_str(), SDDL_REVISION_1, &sd,
                                                              nullptr))
        return;
    UniqueLocal sdOwner(sd);
    BOOL present = FALSE, defaulted = FALSE;
    PACL dacl = nullptr;
    GetSecurityDescriptorDacl(sd, &present, &dacl, &defaulted);
    DWORD rc = SetSecurityInfo(pipe, SE_KERNEL_OBJECT, DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                               nullptr, nullptr, dacl, nullptr);
    if (rc != ERROR_SUCCESS) {
        Logger::warn("cannot admit the new console user to the pipe: " + TextConvert::errorText(rc));
        return;
    }
    Logger::info("the pipe now admits the user logged on at the console");
    appliedUserSid_ = user;
}

bool PipeServer::start() {
    // A squatter that created the name first would receive the app's codes. Windows
    // refuses FILE_FLAG_FIRST_PIPE_INSTANCE then; Wine does not, so look first too.
    SetLastError(ERROR_SUCCESS);
    if (WaitNamedPipeW(kPipeName, 1) || GetLastError() == ERROR_SEM_TIMEOUT) {
        Logger::error("the pipe " + TextConvert::toUtf8(kPipeName) +
                      " already exists: another process took its name; not sharing it (find that process, "
                      "end it, then restart the AdHocSupportAgent service)");
        return false;
    }
    appliedUserSid_ = consoleUserSid();
    firstInstance_ = createInstance(true);
    if (!firstInstance_) return false;
    stopEvent_.reset(CreateEventW(nullptr, TRUE, FALSE, nullptr));
    thread_.reset(CreateThread(nullptr, 0, &PipeServer::threadMain, this, 0, nullptr));
    if (!thread_) {
        Logger::error("cannot start the pipe thread: " + TextConvert::errorText(GetLastError()));
        firstInstance_.reset();
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
    // The next instance exists before the current client is served, so a client never
    // finds the pipe missing between two requests (and no one else can take the name).
    UniqueHandle current = std::move(firstInstance_);
    while (WaitForSingleObject(stopEvent_.get(), 0) != WAIT_OBJECT_0) {
        if (!current) {
            if (WaitForSingleObject(stopEvent_.get(), 5000) == WAIT_OBJECT_0) return;
            current = createInstance(false);
            continue;
        }
        UniqueHandle event(CreateEventW(nullptr, TRUE, FALSE, nullptr));
        OVERLAPPED ov{};
        ov.hEvent = event.get();
        bool connected = ConnectNamedPipe(current.get(), &ov) != FALSE;
        DWORD err = GetLastError();
        if (!connected && err == ERROR_IO_PENDING) {
            // While waiting, follow a change of console user (fast user switching, logon).
            HANDLE handles[2] = {ov.hEvent, stopEvent_.get()};
            DWORD w;
            while ((w = WaitForMultipleObjects(2, handles, FALSE, kFollowUserMs)) == WAIT_TIMEOUT)
                followConsoleUser(current.get());
            DWORD ignored = 0;
            connected = waitIo(current.get(), ov, stopEvent_.get(), ignored, 0);
        } else if (!connected && err == ERROR_PIPE_CONNECTED) {
            connected = true;
        }
        followConsoleUser(current.get());
        UniqueHandle next = createInstance(false);
        if (connected) serveOne(current.get());
        DisconnectNamedPipe(current.get());
        current = std::move(next);
    }
}

PipeClientInfo PipeServer::describeClient(HANDLE pipe) {
    PipeClientInfo info;
    ULONG pid = 0;
    DWORD session = 0;
    if (!GetNamedPipeClientProcessId(pipe, &pid) || pid == 0 || !ProcessIdToSessionId(pid, &session)) {
        Logger::warn("cannot identify the pipe client: " + TextConvert::errorText(GetLastError()));
        return info;
    }
    UniqueHandle process(OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pid));
    wchar_t image[MAX_PATH * 2];
    DWORD length = MAX_PATH * 2;
    if (!process || !QueryFullProcessImageNameW(process.get(), 0, image, &length)) {
        Logger::warn("cannot read the image of pipe client " + std::to_string(pid) + ": " +
                     TextConvert::errorText(GetLastError()));
        return info;
    }
    info.known = true;
    info.processId = pid;
    info.sessionId = session;
    info.imagePath = TextConvert::toUtf8(std::wstring(image, length));
    return info;
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
    std::string reply = handler_(request, describeClient(pipe));
    SecureZeroMemory(&request[0], request.size());
    ResetEvent(event.get());
    DWORD written = 0;
    ok = WriteFile(pipe, reply.data(), static_cast<DWORD>(reply.size()), &written, &ov);
    if (!ok && GetLastError() == ERROR_IO_PENDING) ok = waitIo(pipe, ov, stopEvent_.get(), written, 5000);
    if (!ok) Logger::warn("pipe write failed: " + TextConvert::errorText(GetLastError()));
    FlushFileBuffers(pipe);
}

}  // namespace adhoc::win32

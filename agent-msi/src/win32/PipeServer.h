// PipeServer: the service end of \\.\pipe\AdHocSupportAgent, where the app sends one
// request per connection and reads one reply (core/LocalProtocol). Runs its own thread.
// The first instance is created with FILE_FLAG_FIRST_PIPE_INSTANCE (after checking that
// no process already serves the name, which Wine does not enforce): if someone squatted
// the name, start() fails and the service stops with an error rather than share it.
// DACL (protected): SYSTEM full control, the console session's logged-on user read/write
// (WTSQueryUserToken; re-checked every 2 s and after each client, and re-applied when
// another user is at the console), nobody else; network logons
// and remote clients rejected. Each request is handed over with what Windows says about
// the client process (id, session, image path) for core/PipeClientPolicy to judge.
#pragma once

#include <functional>
#include <string>

#include "../core/PipeClientPolicy.h"
#include "Handle.h"

namespace adhoc::win32 {

class PipeServer {
public:
    static constexpr const wchar_t* kPipeName = L"\\\\.\\pipe\\AdHocSupportAgent";
    using Handler = std::function<std::string(const std::string& request, const PipeClientInfo& client)>;

    explicit PipeServer(Handler handler);
    ~PipeServer();
    PipeServer(const PipeServer&) = delete;
    PipeServer& operator=(const PipeServer&) = delete;

    // Creates the first pipe instance and starts serving; false (logged) if the name is
    // already taken or the pipe cannot be created.
    bool start();
    void stop();

    // "D:P(...)" for the pipe: SYSTEM, and the console user when one is logged on.
    static std::wstring securityDescriptor(const std::wstring& consoleUserSid);
    // SID ("S-1-5-21-...") of the user logged on at the console; empty if none.
    static std::wstring consoleUserSid();

private:
    static DWORD WINAPI threadMain(void* self);
    void run();
    UniqueHandle createInstance(bool first);
    void followConsoleUser(HANDLE pipe);
    void serveOne(HANDLE pipe);
    static PipeClientInfo describeClient(HANDLE pipe);

    Handler handler_;
    std::wstring appliedUserSid_;  // the console user the pipe's DACL admits now
    UniqueHandle firstInstance_;
    UniqueHandle stopEvent_;
    UniqueHandle thread_;
};

}  // namespace adhoc::win32

// PipeServer: the service end of \\.\pipe\AdHocSupportAgent, where the app sends one
// request per connection and reads one reply (core/LocalProtocol). Runs its own thread.
// ACL: SYSTEM and Administrators full control, interactive users read/write (the app
// runs as the logged-on user), network logons denied; remote clients are rejected.
#pragma once

#include <functional>
#include <string>

#include "Handle.h"

namespace adhoc::win32 {

class PipeServer {
public:
    static constexpr const wchar_t* kPipeName = L"\\\\.\\pipe\\AdHocSupportAgent";
    using Handler = std::function<std::string(const std::string& request)>;

    explicit PipeServer(Handler handler);
    ~PipeServer();
    PipeServer(const PipeServer&) = delete;
    PipeServer& operator=(const PipeServer&) = delete;

    bool start();
    void stop();

private:
    static DWORD WINAPI threadMain(void* self);
    void run();
    void serveOne(HANDLE pipe);

    Handler handler_;
    UniqueHandle stopEvent_;
    UniqueHandle thread_;
};

}  // namespace adhoc::win32

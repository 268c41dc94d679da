// AgentService: the service's main loop. Owns the SessionController and wires it to the
// world: the server connection, the app's pipe, the registry, the hidden account, the
// app launcher, and self-removal when the session ends.
#pragma once

#include <windows.h>

#include <memory>
#include <string>

#include "../core/EndingPause.h"
#include "../core/SessionController.h"
#include "../win32/Handle.h"
#include "../win32/LocalAccountManager.h"
#include "../win32/PipeServer.h"
#include "../win32/RegistrySessionStore.h"
#include "EventQueue.h"
#include "ServerConnection.h"

namespace adhoc::service {

class AgentService {
public:
    AgentService();
    ~AgentService();

    // Runs until `stopEvent` is set. Returns the service exit code.
    DWORD run(HANDLE stopEvent);
    // A user logged on: show the app there (unless the session is ending).
    void onLogon(DWORD sessionId);

    static std::wstring installDirectory();
    static std::wstring appPath();
    static std::wstring workerPath();

private:
    bool waitForSettings(HANDLE stopEvent);
    bool initialise();
    void apply(ControllerOutput&& out);
    std::string handleAppRequest(const std::string& request, const PipeClientInfo& client);
    bool clientMayAct(const char* what, const PipeClientInfo& client) const;
    void removeProduct();
    void uninstallWhenDue(std::int64_t nowMs, bool stopping);
    void startWorker(ChannelRequest& request);
    void closeLocalProcesses();

    EventQueue events_;
    win32::LocalAccountManager accounts_;
    win32::RegistrySessionStore store_;
    std::unique_ptr<SessionController> controller_;
    std::unique_ptr<ServerConnection> connection_;
    std::unique_ptr<win32::PipeServer> pipe_;
    win32::CriticalSection controllerLock_;
    std::string productCode_;
    std::string serverUrl_;  // as configured, handed to connection workers
    bool removalStarted_ = false;
    EndingPause endingPause_;  // the app shows the end before msiexec /x
    bool uninstallStarted_ = false;
};

}  // namespace adhoc::service

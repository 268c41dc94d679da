// SessionFarewell: see SessionFarewell.h.
#include "SessionFarewell.h"

#include <windows.h>

#include "../core/ProtocolCodec.h"
#include "../core/ServerUrl.h"
#include "../win32/Handle.h"
#include "../win32/Logger.h"
#include "../win32/WebSocketClient.h"
#include "version.h"  // generated: ADHOC_VERSION

namespace adhoc::service {

using win32::Logger;

namespace {

struct Farewell {
    StoredSession session;
    ServerUrl url;
    win32::WebSocketClient socket;
    volatile LONG confirmed = 0;
};

DWORD WINAPI farewellThread(void* parameter) {
    auto* f = static_cast<Farewell*>(parameter);
    std::string error;
    if (!f->socket.connect(f->url, f->url.agentPath(), L"AdHocSupportAgent/" ADHOC_VERSION, error)) {
        Logger::warn("could not tell the server that the session ends: " + error);
        return 0;
    }
    f->socket.sendText(ProtocolCodec::hello(f->session.sessionId, f->session.credential));
    std::string frame;
    for (int i = 0; i < 5; ++i) {
        if (f->socket.receive(frame, error) != win32::WebSocketClient::ReceiveResult::Message) break;
        ServerMessage msg = ProtocolCodec::decode(frame);
        msg.wipeSecrets();
        if (msg.type == ServerMessage::Type::Welcome) {
            f->socket.sendText(ProtocolCodec::endByUser());
        } else if (msg.type == ServerMessage::Type::End) {
            InterlockedExchange(&f->confirmed, 1);
            Logger::info("the server confirmed the end of the session (" + msg.reason + ")");
            break;
        }
    }
    f->socket.shutdown();
    return 0;
}

}  // namespace

bool SessionFarewell::tell(const StoredSession& session, const std::string& serverUrl, unsigned timeoutMs) {
    auto* f = new Farewell();
    f->session = session;
    std::string error;
    if (!ServerUrl::parse(serverUrl, f->url, &error)) {
        Logger::warn("cannot tell the server that the session ends: invalid ServerUrl (" + error + ")");
        delete f;
        return false;
    }
    Logger::info("uninstalled during session " + session.sessionId + ": telling the server");
    win32::UniqueHandle thread(CreateThread(nullptr, 0, farewellThread, f, 0, nullptr));
    if (!thread) {
        delete f;
        return false;
    }
    bool finished = WaitForSingleObject(thread.get(), timeoutMs) == WAIT_OBJECT_0;
    bool confirmed = f->confirmed != 0;
    if (finished) {
        delete f;
    } else {
        // A receive blocked on a dead connection: leave the thread (and its state) to the
        // process exit rather than free what it still uses.
        f->socket.abort();
        Logger::warn("the server did not answer in time; the session ends there at its expiry");
    }
    return confirmed;
}

}  // namespace adhoc::service

// ServerConnection: keeps the one outbound WebSocket to the server while the session
// controller wants it: connects on its own thread, posts Connected / Frame /
// Disconnected events to the main loop, reconnects with backoff and jitter, and drops a
// connection that has been silent for 60 s (the server answers every ping).
#pragma once

#include <cstdint>

#include "../core/Backoff.h"
#include "../core/ServerUrl.h"
#include "../win32/WebSocketClient.h"
#include "EventQueue.h"

namespace adhoc::service {

class ServerConnection {
public:
    ServerConnection(const ServerUrl& url, EventQueue& events);
    ~ServerConnection();
    ServerConnection(const ServerConnection&) = delete;
    ServerConnection& operator=(const ServerConnection&) = delete;

    bool start();
    void stop();
    void setWanted(bool wanted);
    bool send(const std::string& frame);
    // Closes the current connection (the thread reconnects if still wanted).
    void drop();
    // Called by the main loop: drops a connection silent for longer than `limitMs`.
    void checkSilence(std::int64_t limitMs);

private:
    static DWORD WINAPI threadMain(void* self);
    void run();
    bool waitWhile(DWORD ms);  // false when stopping

    ServerUrl url_;
    EventQueue& events_;
    Backoff backoff_;
    win32::WebSocketClient socket_;
    win32::UniqueHandle wakeEvent_;
    win32::UniqueHandle thread_;
    volatile LONG wanted_ = 0;
    volatile LONG stopping_ = 0;
    volatile LONG connected_ = 0;
    volatile LONGLONG lastReceiveTick_ = 0;
};

}  // namespace adhoc::service

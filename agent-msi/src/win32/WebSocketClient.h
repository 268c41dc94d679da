// WebSocketClient: one outbound WebSocket over WinHTTP (synchronous mode), ws:// or
// wss:// by the server URL. No Origin header is sent. One thread receives while others
// send. To end a connection from another thread use shutdown() (sends a close frame;
// the server's close answer ends the blocked receive()). abort() closes the handle:
// Windows cancels a pending receive that way, Wine 8 does not, so callers must not
// rely on it alone.
#pragma once

#include <string>

#include "../core/ServerUrl.h"
#include "Handle.h"

namespace adhoc::win32 {

class WebSocketClient {
public:
    enum class ReceiveResult { Message, Closed, Error };

    WebSocketClient();
    ~WebSocketClient();
    WebSocketClient(const WebSocketClient&) = delete;
    WebSocketClient& operator=(const WebSocketClient&) = delete;

    // Blocking connect and upgrade; `error` says what failed, for the log.
    bool connect(const ServerUrl& url, const std::wstring& userAgent, std::string& error);
    bool sendText(const std::string& text);
    // Reassembles fragments; frames over kMaxControlFrameBytes close with 1009.
    ReceiveResult receive(std::string& message, std::string& error);
    // Receiving thread: releases the connection (after receive() returned).
    void close();
    // Any thread: starts the close handshake; receive() returns Closed when it completes.
    void shutdown(unsigned short status = 1000);
    // Any thread: closes the socket handle at once (dead network, service stop).
    void abort();

private:
    CriticalSection lock_;
    UniqueInternet session_;
    UniqueInternet connection_;
    HINTERNET socket_ = nullptr;  // guarded by lock_
};

}  // namespace adhoc::win32

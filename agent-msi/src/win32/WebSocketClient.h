// WebSocketClient: one outbound WebSocket over WinHTTP (synchronous mode), ws:// or
// wss:// by the server URL. With wss the server's certificate is verified by Windows, or
// against the private CA configured at install (PrivateCa). No Origin header is sent. One thread receives while others
// send. To end a connection from another thread use shutdown() (sends a close frame;
// the server's close answer ends the blocked receive()). abort() closes the handle:
// Windows cancels a pending receive that way, Wine 8 does not, so callers must not
// rely on it alone.
#pragma once

#include <string>

#include "../core/ProtocolCodec.h"
#include "../core/ServerUrl.h"
#include "Handle.h"

namespace adhoc::win32 {

class WebSocketClient {
public:
    enum class ReceiveResult { Message, Binary, Closed, Error };
    // The control connection takes text only, 64 KiB at most, and counts 60 s of silence
    // as a dead connection (the server answers every ping); a worker's stream differs.
    struct Limits {
        std::size_t maxMessageBytes;
        DWORD receiveTimeoutMs;  // 0: wait forever
        bool binary;             // false: binary messages are skipped
    };
    static constexpr Limits kControl{kMaxControlFrameBytes, 60000, false};

    explicit WebSocketClient(Limits limits = kControl);
    ~WebSocketClient();
    WebSocketClient(const WebSocketClient&) = delete;
    WebSocketClient& operator=(const WebSocketClient&) = delete;

    // Blocking connect and upgrade to `path` (url.agentPath() or url.streamPath());
    // `error` says what failed, for the log. `extraHeader` ("Name: value", no line break)
    // is added to the upgrade request when not empty.
    bool connect(const ServerUrl& url, const std::string& path, const std::wstring& userAgent, std::string& error,
                 const std::string& extraHeader = {});
    // After a failed connect(): whether it failed because the server's certificate could not
    // be verified (nothing a retry fixes by itself).
    bool serverNotTrusted() const { return serverNotTrusted_; }
    bool sendText(const std::string& text);
    bool sendBinary(const void* data, std::size_t size);
    // Reassembles fragments: Message (text) or Binary (bytes in `message`); messages over
    // the limit close with 1009.
    ReceiveResult receive(std::string& message, std::string& error);
    // Receiving thread: releases the connection (after receive() returned).
    void close();
    // Any thread: starts the close handshake; receive() returns Closed when it completes.
    void shutdown(unsigned short status = 1000);
    // Any thread: closes the socket handle at once (dead network, service stop).
    void abort();

private:
    bool send(WINHTTP_WEB_SOCKET_BUFFER_TYPE type, const void* data, std::size_t size);

    const Limits limits_;
    CriticalSection lock_;
    UniqueInternet session_;
    UniqueInternet connection_;
    UniqueInternet socket_;  // guarded by lock_
    bool serverNotTrusted_ = false;
};

}  // namespace adhoc::win32

// StreamConnection: the worker's WebSocket to the server's /ws/stream, as the
// StreamPeer its feature handlers talk through (docs/protocol.md, "Connections").
#pragma once

#include <string>

#include "../core/ServerUrl.h"
#include "../core/Stream.h"
#include "../win32/WebSocketClient.h"

namespace adhoc::worker {

class StreamConnection : public StreamPeer {
public:
    // Connects (through the balancer to `node` when one is named, NodeRoute) and attaches
    // with the channel's single-use token; false (logged) when the server cannot be reached
    // or does not answer `start`, which is then in `start`.
    bool open(const ServerUrl& url, const std::string& channel, const std::string& token, const std::string& node,
              Json& start);

    bool sendText(const std::string& json) override;
    bool sendBinary(const std::uint8_t* data, std::size_t size) override;

    win32::WebSocketClient& socket() { return socket_; }

private:
    // The largest frame the server relays is 1 MiB; a little room for the header.
    win32::WebSocketClient socket_{{1024 * 1024 + 64, 0, true}};
};

}  // namespace adhoc::worker

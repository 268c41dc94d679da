// Stream: the two sides of a connection worker's stream (docs/protocol.md, "Connections").
// A StreamHandler serves one part of the protocol (remote control, files, dashboard,
// chat); it talks back through the StreamPeer. Portable: no Windows headers.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

#include "Json.h"

namespace adhoc {

class StreamPeer {
public:
    virtual ~StreamPeer() = default;
    // Thread-safe; blocks while the network is slow; false once the connection is gone.
    virtual bool sendText(const std::string& json) = 0;
    virtual bool sendBinary(const std::uint8_t* data, std::size_t size) = 0;
};

class StreamHandler {
public:
    virtual ~StreamHandler() = default;
    // Called in order on the receiving thread; must return quickly (long work belongs on
    // the handler's own thread). Returns false when `type` is not one of this handler's.
    virtual bool onText(const Json& message) = 0;
    // Binary frames; returns false when the kind (first byte) is not this handler's.
    virtual bool onBinary(const std::uint8_t* data, std::size_t size) = 0;
    // The connection ended: stop threads and release everything; called once.
    virtual void stop() = 0;
};

}  // namespace adhoc

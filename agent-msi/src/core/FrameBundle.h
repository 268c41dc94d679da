// FrameBundle: the binary frames of one screen frame (its rects and its end) sent as one
// WebSocket message of kind 0x06, each frame after its length as a LEB128 varint
// (docs/protocol.md, "Binary frames"). Sent one message each, the small ones waited on TCP:
// the agent's socket has Nagle's algorithm on (WinHTTP offers no TCP_NODELAY) and the server
// delays its ACKs, so a frame end could sit 40 ms behind its rects. The varints (kind 0x05 had
// u32 lengths) take 6 bytes off a typed key's frame, a fifth of it. Portable: no Windows headers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "Stream.h"

namespace adhoc {

class FrameBundle {
public:
    static constexpr std::uint8_t kKind = 0x06;
    // The relay's limit on one binary message (ConnectionRelay.MAX_BINARY).
    static constexpr std::size_t kMaxMessageBytes = 1024 * 1024;

    explicit FrameBundle(StreamPeer& peer) : peer_(peer) {}

    // Gathers a frame, first sending what was gathered when the frame would not fit beside it.
    // False once the connection is gone.
    bool add(const std::vector<std::uint8_t>& frame);
    // Sends what was gathered: one frame as it is, several as a bundle. False once the
    // connection is gone.
    bool send();

private:
    StreamPeer& peer_;
    std::vector<std::uint8_t> message_;
    int count_ = 0;
    std::size_t lastSize_ = 0;  // the last frame's, sent alone when it is the only one
};

}  // namespace adhoc

// NodeRoute: which server node a connection worker's stream must reach in a cluster
// (docs/protocol.md, "Connections"). The server's `open` may name the node that holds the
// technician's viewer; the worker then sends the balancer's node cookie with its
// /ws/stream handshake, so the stream lands where the viewer waits.
#pragma once

#include <cstddef>
#include <string>

#include "Json.h"

namespace adhoc {

class NodeRoute {
public:
    static constexpr std::size_t kMaxNameLength = 64;

    // The node name in `field` when it is a string of 1 to 64 of A-Z a-z 0-9 . _ -;
    // anything else is "" (no node), so no header text can come through it.
    static std::string nodeName(const Json& field);
    // The header for the stream's handshake, "Cookie: ADHOC_NODE=<node>", or "" when `node`
    // is no valid node name.
    static std::string cookieHeader(const std::string& node);
};

}  // namespace adhoc

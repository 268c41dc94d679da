// ProtocolCodec: encodes the agent's frames and decodes the server's frames of the
// agent <-> server protocol (docs/protocol.md). One JSON object per text frame.
//
// Decoded messages may carry secrets (the access password in `provision`, the agent
// credential in `activated`): callers wipe them with ServerMessage::wipeSecrets() once
// they have been used, and never log them.
#pragma once

#include <cstdint>
#include <string>

namespace adhoc {

// Largest control frame either side accepts (protocol: larger frames close with 1009).
constexpr std::size_t kMaxControlFrameBytes = 64 * 1024;

struct ComputerInfo {
    std::string name;
    std::string os;
};

struct ServerMessage {
    enum class Type {
        Invalid,      // not JSON, not an object or no string "type"
        Unknown,      // well-formed but a type this agent does not know
        Refused,
        Provision,
        Activated,
        Welcome,
        End,
        Pong,
        Error,
        Viewers,      // how many technicians are connected now
        Open,         // a technician opened a connection: start a worker for it
    };

    Type type = Type::Invalid;
    std::string rawType;     // the "type" field as received
    std::string reason;      // refused / end / error
    std::string message;     // refused / error: English; the agent words known reasons itself
    std::int64_t retryAfterSeconds = 0;  // refused TOO_MANY_ATTEMPTS
    std::string sessionId;   // provision / activated
    std::string technician;  // provision / activated / welcome
    std::string accountPassword;  // provision (secret)
    std::string credential;  // activated (secret)
    std::string expiresAt;   // activated / welcome, ISO-8601 UTC
    std::int64_t t = 0;      // pong
    int viewers = 0;         // viewers
    std::string channel;     // open
    std::string channelToken;  // open (secret: single use, for the worker's attach)
    std::string feature;     // open
    std::string node;        // open: the cluster node holding the viewer, "" for none (NodeRoute)
    bool recorded = false;   // open: the connection is recorded and the end user is to be told (only a JSON true)

    void wipeSecrets();
};

class ProtocolCodec {
public:
    static ServerMessage decode(const std::string& frame);

    static std::string activate(const std::string& token, const std::string& code,
                                const ComputerInfo& computer);
    static std::string provisioned(bool ok, const std::string& reason);
    static std::string hello(const std::string& sessionId, const std::string& credential);
    static std::string ping(std::int64_t millis);
    static std::string endByUser();
    static std::string error(const std::string& message);

    // Name of a type for logs ("provision", "activated", ...).
    static const char* typeName(ServerMessage::Type type);
};

}  // namespace adhoc

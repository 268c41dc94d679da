// SessionController: the agent's session state machine and activation logic
// (docs/protocol.md), free of I/O. The service feeds it events (frames from the server,
// connection changes, the security code typed in the app, timer ticks) and carries out
// what it returns: frames to send, close the connection, remove the product.
//
// States: Blocked (host software present) -> WaitingForCode -> Activating (activate sent,
// provision/activated expected) -> Active (online or offline) -> Ending (account deleted,
// stored session cleared, product removal requested). The hidden account follows the
// rules of core/HiddenAccount; its name and SID are recorded in the store as soon as it exists.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "AccountManager.h"
#include "ProtocolCodec.h"
#include "SessionStore.h"
#include "Strings.h"

namespace adhoc {

enum class AgentState { Blocked, WaitingForCode, Activating, Active, Ending };

// Messages produced by the agent itself; the app shows them in the user's language.
enum class LocalMessage {
    None,
    HostSoftwareInstalled,  // "Host software is installed on this computer"
    NeedLink,               // no deployment token: paste the link from the e-mail
    CodeMissing,            // empty or malformed security code
    ConnectionLost,         // the connection dropped during activation
    AccountFailed,          // the hidden account could not be created (not policy)
    Busy,                   // a code was typed while another step is in progress
    ServerNotTrusted,       // the server's certificate cannot be verified (retrying)
    PreviousSessionOpen,    // a code was typed while a session is active (the app names its technician)
};

struct ControllerConfig {
    std::string installToken;  // from the MSI file name; may be empty
    ComputerInfo computer;
    std::int64_t pingIntervalMs = 20000;
    std::int64_t installedAtMs = 0;  // first start of the service
    // An install never activated is removed after this long (nothing left behind).
    std::int64_t unactivatedLifetimeMs = 24LL * 3600 * 1000;
    // Fallback lifetime when `activated` carries no readable expiresAt.
    std::int64_t sessionLifetimeMs = 24LL * 3600 * 1000;
    // How long "End session" waits for the server's `end` before removing anyway.
    std::int64_t endByUserTimeoutMs = 15000;
};

struct ControllerStatus {
    AgentState state = AgentState::WaitingForCode;
    bool connected = false;
    bool needLink = false;
    int viewers = 0;
    bool recorded = false;  // a connected technician's connection is recorded (the app says so)
    std::string technician;
    std::int64_t expiresAtMs = 0;
    std::string refusalText;  // the last activation refusal, worded by RefusalWording
    LocalMessage localMessage = LocalMessage::None;
};

// A connection the server asked for: the service starts a worker with it (protocol,
// "Connections"). The token is a secret: never logged.
struct ChannelRequest {
    std::string channel;
    std::string token;
    std::string feature;
    std::string node;  // the node the worker's stream must reach, "" for any (NodeRoute)
};

struct ControllerOutput {
    std::vector<std::string> frames;  // send in order
    std::vector<ChannelRequest> channels;  // start a worker for each
    bool closeConnection = false;
    bool removeProduct = false;  // account and session are gone: uninstall now
    std::vector<std::string> log;  // human-readable events, never secrets

    void append(ControllerOutput&& other);
};

class SessionController {
public:
    SessionController(AccountManager& accounts, SessionStore& store, ControllerConfig config);

    // Loads the stored session; ends it at once if its deadline has passed.
    ControllerOutput start(std::int64_t nowMs);
    // The host software marker was found: refuse everything.
    void block();

    // Whether the service should keep an outbound connection open.
    bool wantsConnection() const;

    ControllerOutput onConnected(std::int64_t nowMs);
    ControllerOutput onFrame(const std::string& frame, std::int64_t nowMs);
    // `serverNotTrusted`: the attempt failed because the server's certificate could not be verified.
    ControllerOutput onDisconnected(std::int64_t nowMs, bool serverNotTrusted = false);
    ControllerOutput tick(std::int64_t nowMs);

    // From the app. `link` is only used when the install carries no token; a refusal of
    // this activation is worded in `language`, the app's.
    ControllerOutput submitCode(const std::string& code, const std::string& link, Language language,
                                std::int64_t nowMs);
    ControllerOutput endByUser(std::int64_t nowMs);

    ControllerStatus status() const;
    AgentState state() const { return state_; }

    // The security-code rule (docs/protocol.md; the table docs/security-code-cases.txt):
    // spaces, tabs, line breaks and ASCII dashes are separators and are dropped; what is
    // left must be exactly nine ASCII digits.
    struct TypedCode {
        enum class Verdict { Valid, Empty, Invalid };
        Verdict verdict = Verdict::Empty;
        std::string digits;  // the nine digits when Valid, else empty
    };
    static TypedCode normaliseCode(const std::string& typed);

private:
    ControllerOutput handle(ServerMessage& msg, std::int64_t nowMs);
    ControllerOutput onProvision(ServerMessage& msg);
    ControllerOutput onActivated(ServerMessage& msg, std::int64_t nowMs);
    ControllerOutput onRefused(const ServerMessage& msg);
    ControllerOutput endSession(const std::string& why);
    void dropProvisionedAccount(ControllerOutput& out);
    void wipePending();

    AccountManager& accounts_;
    SessionStore& store_;
    ControllerConfig config_;

    AgentState state_ = AgentState::WaitingForCode;
    StoredSession session_;
    bool connected_ = false;
    bool established_ = false;  // welcome or activated received on this connection
    int viewers_ = 0;
    bool recorded_ = false;  // set by an `open` that says so, until no technician is connected
    std::int64_t lastPingMs_ = 0;

    std::string pendingCode_;   // secret until sent, then wiped
    std::string pendingToken_;
    bool activateSent_ = false;
    bool accountCreated_ = false;
    CreatedAccount account_;  // the hidden account this agent created (also in the store)
    std::string pendingTechnician_;
    Language language_ = Language::English;  // of the app that typed the pending code

    bool endRequested_ = false;
    std::int64_t endDeadlineMs_ = 0;

    std::string refusalText_;
    LocalMessage localMessage_ = LocalMessage::None;
};

const char* agentStateName(AgentState state);

}  // namespace adhoc

// SessionController: see SessionController.h.
#include "SessionController.h"

#include <utility>

#include "DeploymentToken.h"
#include "HiddenAccount.h"
#include "RefusalWording.h"
#include "UtcTime.h"

namespace adhoc {

namespace {

void wipe(std::string& s) {
    for (auto& c : s) c = '\0';
    s.clear();
}

}  // namespace

void ControllerOutput::append(ControllerOutput&& other) {
    for (auto& f : other.frames) frames.push_back(std::move(f));
    for (auto& c : other.channels) channels.push_back(std::move(c));
    for (auto& l : other.log) log.push_back(std::move(l));
    closeConnection = closeConnection || other.closeConnection;
    removeProduct = removeProduct || other.removeProduct;
}

const char* agentStateName(AgentState state) {
    switch (state) {
        case AgentState::Blocked: return "BLOCKED";
        case AgentState::WaitingForCode: return "WAITING_FOR_CODE";
        case AgentState::Activating: return "ACTIVATING";
        case AgentState::Active: return "ACTIVE";
        case AgentState::Ending: return "ENDING";
    }
    return "?";
}

SessionController::SessionController(AccountManager& accounts, SessionStore& store,
                                     ControllerConfig config)
    : accounts_(accounts), store_(store), config_(std::move(config)) {}

SessionController::TypedCode SessionController::normaliseCode(const std::string& typed) {
    constexpr std::size_t kDigits = 9;
    TypedCode code;
    for (char c : typed) {
        if (c == ' ' || c == '-' || c == '\t' || c == '\r' || c == '\n') continue;
        // Anything else that is not an ASCII digit (UTF-8 bytes included) spoils the code.
        if (c < '0' || c > '9' || code.digits.size() == kDigits) {
            wipe(code.digits);
            code.verdict = TypedCode::Verdict::Invalid;
            return code;
        }
        code.digits += c;
    }
    if (code.digits.empty()) return code;
    if (code.digits.size() == kDigits) {
        code.verdict = TypedCode::Verdict::Valid;
    } else {
        wipe(code.digits);
        code.verdict = TypedCode::Verdict::Invalid;
    }
    return code;
}

ControllerOutput SessionController::start(std::int64_t nowMs) {
    ControllerOutput out;
    account_ = store_.loadAccount();
    StoredSession loaded;
    if (store_.load(loaded) && loaded.valid()) {
        session_ = loaded;
        state_ = AgentState::Active;
        out.log.push_back("stored session found, technician '" + session_.technician +
                          "', expires " + UtcTime::formatIso8601(session_.expiresAtMs / 1000));
        if (session_.expiresAtMs > 0 && nowMs >= session_.expiresAtMs) {
            out.append(endSession("the session expired while the agent was not running"));
        }
    } else {
        if (account_.recorded()) {
            // A previous run created the account and stopped before the session was active.
            out.log.push_back("an activation did not complete before the agent stopped: removing its account");
            HiddenAccount(accounts_).remove(account_, out.log);
            account_ = CreatedAccount();
            store_.clear();
        }
        state_ = AgentState::WaitingForCode;
        out.log.push_back("no stored session: waiting for the security code");
        if (config_.installToken.empty())
            out.log.push_back("the installer name carries no deployment token: the app asks for the link");
        out.append(tick(nowMs));
    }
    return out;
}

void SessionController::block() {
    state_ = AgentState::Blocked;
    localMessage_ = LocalMessage::HostSoftwareInstalled;
}

bool SessionController::wantsConnection() const {
    switch (state_) {
        case AgentState::Active: return true;
        case AgentState::Activating: return !pendingCode_.empty() || activateSent_;
        default: return false;
    }
}

ControllerOutput SessionController::onConnected(std::int64_t nowMs) {
    ControllerOutput out;
    connected_ = true;
    established_ = false;
    lastPingMs_ = nowMs;
    if (localMessage_ == LocalMessage::ServerNotTrusted) localMessage_ = LocalMessage::None;
    if (state_ == AgentState::Active && session_.valid()) {
        out.frames.push_back(ProtocolCodec::hello(session_.sessionId, session_.credential));
        out.log.push_back("connected: sent hello for session " + session_.sessionId);
    } else if (state_ == AgentState::Activating && !pendingCode_.empty()) {
        out.frames.push_back(ProtocolCodec::activate(pendingToken_, pendingCode_, config_.computer));
        wipe(pendingCode_);  // the code is used once and never kept
        activateSent_ = true;
        out.log.push_back("connected: sent activate with the typed security code");
    } else {
        out.closeConnection = true;
        out.log.push_back("connected but nothing to do: closing");
    }
    return out;
}

ControllerOutput SessionController::onFrame(const std::string& frame, std::int64_t nowMs) {
    ServerMessage msg = ProtocolCodec::decode(frame);
    ControllerOutput out = handle(msg, nowMs);
    msg.wipeSecrets();
    return out;
}

ControllerOutput SessionController::handle(ServerMessage& msg, std::int64_t nowMs) {
    ControllerOutput out;
    switch (msg.type) {
        case ServerMessage::Type::Invalid:
            out.log.push_back("ignored a frame that is not a protocol message (" +
                              std::to_string(msg.rawType.size()) + " byte type)");
            return out;
        case ServerMessage::Type::Unknown:
            out.frames.push_back(ProtocolCodec::error("unknown type: " + msg.rawType));
            out.log.push_back("answered unknown message type '" + msg.rawType + "' with error");
            return out;
        case ServerMessage::Type::Provision: return onProvision(msg);
        case ServerMessage::Type::Activated: return onActivated(msg, nowMs);
        case ServerMessage::Type::Refused: return onRefused(msg);
        case ServerMessage::Type::Welcome:
            if (state_ != AgentState::Active) {
                out.log.push_back("ignored welcome outside an active session");
                return out;
            }
            established_ = true;
            lastPingMs_ = nowMs;
            if (!msg.technician.empty()) session_.technician = msg.technician;
            {
                std::int64_t seconds;
                if (UtcTime::parseIso8601(msg.expiresAt, seconds)) session_.expiresAtMs = seconds * 1000;
            }
            store_.save(session_);
            out.log.push_back("welcome: session active with '" + session_.technician + "' until " +
                              UtcTime::formatIso8601(session_.expiresAtMs / 1000));
            if (endRequested_) out.frames.push_back(ProtocolCodec::endByUser());
            return out;
        case ServerMessage::Type::End:
            return endSession("the server ended the session (" + msg.reason + ")");
        case ServerMessage::Type::Pong: return out;
        case ServerMessage::Type::Viewers:
            viewers_ = msg.viewers < 0 ? 0 : msg.viewers;
            if (viewers_ == 0) recorded_ = false;
            out.log.push_back("technicians connected now: " + std::to_string(viewers_));
            return out;
        case ServerMessage::Type::Error:
            out.log.push_back("server reported an error: " + msg.message);
            return out;
        case ServerMessage::Type::Open:
            if (state_ != AgentState::Active || !established_ || msg.channel.empty() || msg.channelToken.empty()) {
                out.log.push_back("ignored open outside an established session");
                return out;
            }
            out.channels.push_back({msg.channel, msg.channelToken, msg.feature, msg.node});
            if (msg.recorded) recorded_ = true;
            out.log.push_back("the technician opened a connection (" + msg.feature +
                              (msg.node.empty() ? std::string() : ", viewer on node " + msg.node) +
                              (msg.recorded ? ", recorded" : "") + ")");
            return out;
    }
    return out;
}

ControllerOutput SessionController::onProvision(ServerMessage& msg) {
    ControllerOutput out;
    if (state_ != AgentState::Activating || !activateSent_) {
        out.log.push_back("ignored provision outside an activation");
        out.frames.push_back(ProtocolCodec::error("unexpected provision"));
        return out;
    }
    pendingTechnician_ = msg.technician;
    CreatedAccount created;
    AccountResult result = HiddenAccount(accounts_).create(msg.accountPassword, created, out.log);
    msg.wipeSecrets();
    if (result == AccountResult::Created && !store_.saveAccount(created)) {
        out.log.push_back("the hidden account could not be recorded: removing the account");
        HiddenAccount(accounts_).remove(created, out.log);
        result = AccountResult::Failed;
    }
    switch (result) {
        case AccountResult::Created:
            accountCreated_ = true;
            account_ = created;
            out.frames.push_back(ProtocolCodec::provisioned(true, ""));
            break;
        case AccountResult::PasswordPolicy:
            out.frames.push_back(ProtocolCodec::provisioned(false, "PASSWORD_POLICY"));
            out.log.push_back("hidden account refused by the password policy");
            break;
        case AccountResult::Exists:
        case AccountResult::Failed:
            out.frames.push_back(ProtocolCodec::provisioned(false, "ACCOUNT_FAILED"));
            localMessage_ = LocalMessage::AccountFailed;
            out.log.push_back("hidden account could not be created");
            break;
    }
    return out;
}

ControllerOutput SessionController::onActivated(ServerMessage& msg, std::int64_t nowMs) {
    ControllerOutput out;
    if (state_ != AgentState::Activating || !accountCreated_ || msg.credential.empty() ||
        msg.sessionId.empty()) {
        out.log.push_back("ignored an activated message that does not fit the activation");
        out.frames.push_back(ProtocolCodec::error("unexpected activated"));
        return out;
    }
    session_.sessionId = msg.sessionId;
    session_.credential = msg.credential;
    session_.technician = msg.technician.empty() ? pendingTechnician_ : msg.technician;
    std::int64_t seconds;
    if (UtcTime::parseIso8601(msg.expiresAt, seconds)) {
        session_.expiresAtMs = seconds * 1000;
    } else {
        session_.expiresAtMs = nowMs + config_.sessionLifetimeMs;
        out.log.push_back("activated without a readable expiresAt: using the default lifetime");
    }
    msg.wipeSecrets();
    if (!store_.save(session_))
        out.log.push_back("could not store the session: it will not survive a restart");
    state_ = AgentState::Active;
    established_ = true;
    lastPingMs_ = nowMs;
    activateSent_ = false;
    accountCreated_ = false;
    refusalText_.clear();
    localMessage_ = LocalMessage::None;
    out.log.push_back("session " + session_.sessionId + " active with '" + session_.technician +
                      "' until " + UtcTime::formatIso8601(session_.expiresAtMs / 1000));
    return out;
}

ControllerOutput SessionController::onRefused(const ServerMessage& msg) {
    ControllerOutput out;
    if (state_ != AgentState::Activating) {
        out.log.push_back("ignored refused (" + msg.reason + ") outside an activation");
        return out;
    }
    dropProvisionedAccount(out);
    wipePending();
    refusalText_ = RefusalWording::word(language_, msg.reason, msg.retryAfterSeconds, msg.message);
    localMessage_ = LocalMessage::None;
    state_ = AgentState::WaitingForCode;
    out.closeConnection = true;
    out.log.push_back("activation refused: " + msg.reason);
    return out;
}

ControllerOutput SessionController::onDisconnected(std::int64_t, bool serverNotTrusted) {
    ControllerOutput out;
    bool was = connected_;
    // Nothing the end user can fix: the app says so until a connection succeeds.
    if (serverNotTrusted && (state_ == AgentState::Activating || state_ == AgentState::Active))
        localMessage_ = LocalMessage::ServerNotTrusted;
    connected_ = false;
    established_ = false;
    viewers_ = 0;
    recorded_ = false;
    if (state_ == AgentState::Activating && activateSent_) {
        dropProvisionedAccount(out);
        wipePending();
        state_ = AgentState::WaitingForCode;
        localMessage_ = LocalMessage::ConnectionLost;
        out.log.push_back("connection lost during activation: the code must be typed again");
    } else if (was) {
        out.log.push_back("disconnected");
    }
    return out;
}

ControllerOutput SessionController::tick(std::int64_t nowMs) {
    ControllerOutput out;
    if (state_ == AgentState::Ending || state_ == AgentState::Blocked) return out;
    if (state_ == AgentState::Active && session_.expiresAtMs > 0 && nowMs >= session_.expiresAtMs)
        return endSession("the session reached its end time (agent clock)");
    if (state_ == AgentState::WaitingForCode && config_.installedAtMs > 0 &&
        nowMs >= config_.installedAtMs + config_.unactivatedLifetimeMs)
        return endSession("the app was never activated within its lifetime");
    if (endRequested_ && nowMs >= endDeadlineMs_)
        return endSession("the end user ended the session (server not reachable in time)");
    // Heartbeats only once the server knows this PC (it refuses pings before that).
    if (connected_ && established_ && nowMs - lastPingMs_ >= config_.pingIntervalMs) {
        lastPingMs_ = nowMs;
        out.frames.push_back(ProtocolCodec::ping(nowMs));
    }
    return out;
}

ControllerOutput SessionController::submitCode(const std::string& typed, const std::string& link,
                                               Language language, std::int64_t) {
    ControllerOutput out;
    if (state_ != AgentState::WaitingForCode) {
        if (state_ == AgentState::Activating) localMessage_ = LocalMessage::Busy;
        if (state_ == AgentState::Active) localMessage_ = LocalMessage::PreviousSessionOpen;
        out.log.push_back(std::string("security code ignored in state ") + agentStateName(state_));
        return out;
    }
    std::string token = config_.installToken;
    if (token.empty()) token = DeploymentToken::fromLink(link);
    if (token.empty()) {
        localMessage_ = LocalMessage::NeedLink;
        refusalText_.clear();
        out.log.push_back("activation needs the deployment link: none or invalid given");
        return out;
    }
    TypedCode code = normaliseCode(typed);
    if (code.verdict == TypedCode::Verdict::Empty) {
        localMessage_ = LocalMessage::CodeMissing;
        refusalText_.clear();
        out.log.push_back("activation refused locally: no security code typed");
        return out;
    }
    if (code.verdict == TypedCode::Verdict::Invalid) {
        // Worded as the server's refusal of a wrong code, without asking the server.
        localMessage_ = LocalMessage::None;
        refusalText_ = RefusalWording::word(language, "INVALID_CODE", 0, "");
        out.log.push_back("activation refused locally: the security code is not nine digits");
        return out;
    }
    pendingCode_ = code.digits;
    wipe(code.digits);
    pendingToken_ = token;
    language_ = language;
    activateSent_ = false;
    accountCreated_ = false;
    refusalText_.clear();
    localMessage_ = LocalMessage::None;
    state_ = AgentState::Activating;
    out.log.push_back("security code entered: connecting to activate");
    return out;
}

ControllerOutput SessionController::endByUser(std::int64_t nowMs) {
    ControllerOutput out;
    if (state_ == AgentState::Ending) return out;
    if (state_ != AgentState::Active) return endSession("the end user removed the app");
    endRequested_ = true;
    endDeadlineMs_ = nowMs + config_.endByUserTimeoutMs;
    if (connected_ && established_) out.frames.push_back(ProtocolCodec::endByUser());
    out.log.push_back("the end user asked to end the session");
    return out;
}

ControllerOutput SessionController::endSession(const std::string& why) {
    ControllerOutput out;
    out.log.push_back("ending: " + why);
    // Only the account this agent created and recorded.
    HiddenAccount(accounts_).remove(account_, out.log);
    account_ = CreatedAccount();
    accountCreated_ = false;
    store_.clear();
    wipe(session_.credential);
    session_ = StoredSession();
    wipePending();
    // Nothing left to say about codes: the app shows only that the session ended.
    localMessage_ = LocalMessage::None;
    refusalText_.clear();
    state_ = AgentState::Ending;
    out.closeConnection = true;
    out.removeProduct = true;
    return out;
}

void SessionController::dropProvisionedAccount(ControllerOutput& out) {
    if (!accountCreated_) return;
    out.log.push_back("activation did not complete: removing the hidden account");
    HiddenAccount(accounts_).remove(account_, out.log);
    account_ = CreatedAccount();
    store_.clear();
    accountCreated_ = false;
}

void SessionController::wipePending() {
    wipe(pendingCode_);
    pendingToken_.clear();
    pendingTechnician_.clear();
    activateSent_ = false;
}

ControllerStatus SessionController::status() const {
    ControllerStatus s;
    s.state = state_;
    s.connected = connected_ && (established_ || state_ == AgentState::Activating);
    s.needLink = config_.installToken.empty();
    s.viewers = viewers_;
    s.recorded = recorded_;
    s.technician = state_ == AgentState::Active ? session_.technician : pendingTechnician_;
    s.expiresAtMs = session_.expiresAtMs;
    s.refusalText = refusalText_;
    s.localMessage = localMessage_;
    return s;
}

}  // namespace adhoc

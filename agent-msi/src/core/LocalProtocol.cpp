// LocalProtocol: see LocalProtocol.h.
#include "LocalProtocol.h"

#include "Json.h"

namespace adhoc {

void AppRequest::wipe() {
    for (auto& c : code) c = '\0';
    code.clear();
}

std::string LocalProtocol::statusRequest() { return "{\"type\":\"status\"}"; }

std::string LocalProtocol::activateRequest(const std::string& code, const std::string& link,
                                           Language language) {
    Json j = Json::object();
    j.set("type", Json::string("activate"));
    j.set("code", Json::string(code));
    j.set("link", Json::string(link));
    j.set("language", Json::string(Strings::code(language)));
    std::string out = j.dump();
    j.wipe();
    return out;
}

std::string LocalProtocol::endSessionRequest() { return "{\"type\":\"endSession\"}"; }

AppRequest LocalProtocol::decodeRequest(const std::string& text) {
    AppRequest request;
    if (text.size() > kMaxPipeMessageBytes) return request;
    Json j;
    if (!Json::parse(text, j) || !j.isObject()) return request;
    const std::string& type = j.getString("type");
    if (type == "status") {
        request.type = AppRequest::Type::Status;
    } else if (type == "activate") {
        request.type = AppRequest::Type::Activate;
        request.code = j.getString("code");
        request.link = j.getString("link");
        request.language = Strings::fromCode(j.getString("language"));
    } else if (type == "endSession") {
        request.type = AppRequest::Type::EndSession;
    }
    j.wipe();
    return request;
}

std::string LocalProtocol::encodeStatus(const ControllerStatus& s) {
    Json j = Json::object();
    j.set("type", Json::string("status"));
    j.set("state", Json::string(agentStateName(s.state)));
    j.set("connected", Json::boolean(s.connected));
    j.set("needLink", Json::boolean(s.needLink));
    j.set("viewers", Json::integer(s.viewers));
    j.set("recorded", Json::boolean(s.recorded));
    j.set("technician", Json::string(s.technician));
    j.set("expiresAtMs", Json::integer(s.expiresAtMs));
    j.set("refusalText", Json::string(s.refusalText));
    j.set("localMessage", Json::string(localMessageName(s.localMessage)));
    return j.dump();
}

bool LocalProtocol::decodeStatus(const std::string& text, ControllerStatus& s) {
    Json j;
    if (!Json::parse(text, j) || !j.isObject() || j.getString("type") != "status") return false;
    s.state = stateFromName(j.getString("state"));
    s.connected = j.get("connected").asBool();
    s.needLink = j.get("needLink").asBool();
    s.viewers = static_cast<int>(j.get("viewers").asInteger());
    s.recorded = j.get("recorded").asBool();
    s.technician = j.getString("technician");
    s.expiresAtMs = j.get("expiresAtMs").asInteger();
    s.refusalText = j.getString("refusalText");
    s.localMessage = localMessageFromName(j.getString("localMessage"));
    return true;
}

const char* LocalProtocol::localMessageName(LocalMessage m) {
    switch (m) {
        case LocalMessage::None: return "";
        case LocalMessage::HostSoftwareInstalled: return "HOST_SOFTWARE";
        case LocalMessage::NeedLink: return "NEED_LINK";
        case LocalMessage::CodeMissing: return "CODE_MISSING";
        case LocalMessage::ConnectionLost: return "CONNECTION_LOST";
        case LocalMessage::AccountFailed: return "ACCOUNT_FAILED";
        case LocalMessage::Busy: return "BUSY";
        case LocalMessage::ServerNotTrusted: return "SERVER_NOT_TRUSTED";
        case LocalMessage::PreviousSessionOpen: return "PREVIOUS_SESSION_OPEN";
    }
    return "";
}

LocalMessage LocalProtocol::localMessageFromName(const std::string& name) {
    const LocalMessage all[] = {LocalMessage::HostSoftwareInstalled, LocalMessage::NeedLink,
                                LocalMessage::CodeMissing, LocalMessage::ConnectionLost,
                                LocalMessage::AccountFailed, LocalMessage::Busy, LocalMessage::ServerNotTrusted,
                                LocalMessage::PreviousSessionOpen};
    for (LocalMessage m : all)
        if (name == localMessageName(m)) return m;
    return LocalMessage::None;
}

AgentState LocalProtocol::stateFromName(const std::string& name) {
    const AgentState all[] = {AgentState::Blocked, AgentState::WaitingForCode, AgentState::Activating,
                              AgentState::Active, AgentState::Ending};
    for (AgentState s : all)
        if (name == agentStateName(s)) return s;
    return AgentState::WaitingForCode;
}

}  // namespace adhoc

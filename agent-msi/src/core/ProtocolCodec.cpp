// ProtocolCodec: see ProtocolCodec.h.
#include "ProtocolCodec.h"

#include "Json.h"
#include "NodeRoute.h"

namespace adhoc {

namespace {

void wipeString(std::string& s) {
    for (auto& c : s) c = '\0';
    s.clear();
}

}  // namespace

void ServerMessage::wipeSecrets() {
    wipeString(accountPassword);
    wipeString(credential);
    wipeString(channelToken);
}

ServerMessage ProtocolCodec::decode(const std::string& frame) {
    ServerMessage msg;
    if (frame.size() > kMaxControlFrameBytes) return msg;
    Json json;
    if (!Json::parse(frame, json) || !json.isObject()) return msg;
    const Json& type = json.get("type");
    if (!type.isString()) return msg;
    msg.rawType = type.asString();

    msg.reason = json.getString("reason");
    msg.message = json.getString("message");
    msg.technician = json.getString("technician");
    msg.sessionId = json.getString("sessionId");
    msg.expiresAt = json.getString("expiresAt");

    const std::string& t = msg.rawType;
    if (t == "refused") {
        msg.type = ServerMessage::Type::Refused;
        msg.retryAfterSeconds = json.get("retryAfter").asInteger(0);
    } else if (t == "provision") {
        msg.type = ServerMessage::Type::Provision;
        const Json& account = json.get("account");
        msg.accountPassword = account.getString("password");
    } else if (t == "activated") {
        msg.type = ServerMessage::Type::Activated;
        msg.credential = json.getString("credential");
    } else if (t == "welcome") {
        msg.type = ServerMessage::Type::Welcome;
    } else if (t == "end") {
        msg.type = ServerMessage::Type::End;
    } else if (t == "pong") {
        msg.type = ServerMessage::Type::Pong;
        msg.t = json.get("t").asInteger();
    } else if (t == "error") {
        msg.type = ServerMessage::Type::Error;
    } else if (t == "viewers") {
        msg.type = ServerMessage::Type::Viewers;
        msg.viewers = static_cast<int>(json.get("count").asInteger());
    } else if (t == "open") {
        msg.type = ServerMessage::Type::Open;
        msg.channel = json.getString("channel");
        msg.channelToken = json.getString("token");
        msg.feature = json.getString("feature");
        msg.node = NodeRoute::nodeName(json.get("node"));
        msg.recorded = json.get("recorded").isBool() && json.get("recorded").asBool();
    } else {
        msg.type = ServerMessage::Type::Unknown;
    }
    json.wipe();
    return msg;
}

std::string ProtocolCodec::activate(const std::string& token, const std::string& code,
                                    const ComputerInfo& computer) {
    Json computerJson = Json::object();
    computerJson.set("name", Json::string(computer.name));
    computerJson.set("os", Json::string(computer.os));
    Json j = Json::object();
    j.set("type", Json::string("activate"));
    j.set("token", Json::string(token));
    j.set("code", Json::string(code));
    j.set("computer", std::move(computerJson));
    std::string out = j.dump();
    j.wipe();
    return out;
}

std::string ProtocolCodec::provisioned(bool ok, const std::string& reason) {
    Json j = Json::object();
    j.set("type", Json::string("provisioned"));
    j.set("ok", Json::boolean(ok));
    if (!ok) j.set("reason", Json::string(reason));
    return j.dump();
}

std::string ProtocolCodec::hello(const std::string& sessionId, const std::string& credential) {
    Json j = Json::object();
    j.set("type", Json::string("hello"));
    j.set("sessionId", Json::string(sessionId));
    j.set("credential", Json::string(credential));
    std::string out = j.dump();
    j.wipe();
    return out;
}

std::string ProtocolCodec::ping(std::int64_t millis) {
    Json j = Json::object();
    j.set("type", Json::string("ping"));
    j.set("t", Json::integer(millis));
    return j.dump();
}

std::string ProtocolCodec::endByUser() {
    return "{\"type\":\"endByUser\"}";
}

std::string ProtocolCodec::error(const std::string& message) {
    Json j = Json::object();
    j.set("type", Json::string("error"));
    j.set("message", Json::string(message));
    return j.dump();
}

const char* ProtocolCodec::typeName(ServerMessage::Type type) {
    switch (type) {
        case ServerMessage::Type::Invalid: return "invalid";
        case ServerMessage::Type::Unknown: return "unknown";
        case ServerMessage::Type::Refused: return "refused";
        case ServerMessage::Type::Provision: return "provision";
        case ServerMessage::Type::Activated: return "activated";
        case ServerMessage::Type::Welcome: return "welcome";
        case ServerMessage::Type::End: return "end";
        case ServerMessage::Type::Pong: return "pong";
        case ServerMessage::Type::Error: return "error";
        case ServerMessage::Type::Viewers: return "viewers";
        case ServerMessage::Type::Open: return "open";
    }
    return "?";
}

}  // namespace adhoc

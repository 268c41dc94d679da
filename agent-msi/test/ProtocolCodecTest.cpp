// ProtocolCodecTest: the frames of docs/protocol.md, both directions.
#include "../src/core/Json.h"
#include "../src/core/ProtocolCodec.h"
#include <doctest/doctest.h>

using namespace adhoc;

TEST_CASE("codec_encodes_activate_as_in_protocol") {
    std::string f = ProtocolCodec::activate("TOKEN", "123456789", {"PC-01", "Windows 10 Pro 10.0.19045"});
    CHECK_EQ(f, std::string(R"({"type":"activate","token":"TOKEN","code":"123456789","computer":{"name":"PC-01","os":"Windows 10 Pro 10.0.19045"}})"));
}

TEST_CASE("codec_encodes_agent_frames") {
    CHECK_EQ(ProtocolCodec::provisioned(true, ""), std::string(R"({"type":"provisioned","ok":true})"));
    CHECK_EQ(ProtocolCodec::provisioned(false, "PASSWORD_POLICY"),
             std::string(R"({"type":"provisioned","ok":false,"reason":"PASSWORD_POLICY"})"));
    CHECK_EQ(ProtocolCodec::hello("s1", "c1"), std::string(R"({"type":"hello","sessionId":"s1","credential":"c1"})"));
    CHECK_EQ(ProtocolCodec::ping(42), std::string(R"({"type":"ping","t":42})"));
    CHECK_EQ(ProtocolCodec::endByUser(), std::string(R"({"type":"endByUser"})"));
    CHECK_EQ(ProtocolCodec::error("unknown type: x"), std::string(R"({"type":"error","message":"unknown type: x"})"));
}

TEST_CASE("codec_decodes_server_messages") {
    ServerMessage m = ProtocolCodec::decode(R"({"type":"refused","reason":"INVALID_CODE","message":"Invalid security code"})");
    CHECK(m.type == ServerMessage::Type::Refused);
    CHECK_EQ(m.reason, std::string("INVALID_CODE"));
    CHECK_EQ(m.message, std::string("Invalid security code"));

    m = ProtocolCodec::decode(R"({"type":"provision","sessionId":"42","technician":"Anna Bianchi","account":{"password":"pw"}})");
    CHECK(m.type == ServerMessage::Type::Provision);
    CHECK_EQ(m.accountPassword, std::string("pw"));
    CHECK_EQ(m.technician, std::string("Anna Bianchi"));
    m.wipeSecrets();
    CHECK(m.accountPassword.empty());

    m = ProtocolCodec::decode(R"({"type":"activated","sessionId":"42","credential":"sec","technician":"Anna","expiresAt":"2026-11-26T10:15:00Z","extra":[1]})");
    CHECK(m.type == ServerMessage::Type::Activated);
    CHECK_EQ(m.credential, std::string("sec"));
    CHECK_EQ(m.expiresAt, std::string("2026-11-26T10:15:00Z"));

    m = ProtocolCodec::decode(R"({"type":"end","reason":"ENDED_BY_TECHNICIAN"})");
    CHECK(m.type == ServerMessage::Type::End);
    CHECK_EQ(m.reason, std::string("ENDED_BY_TECHNICIAN"));

    m = ProtocolCodec::decode(R"({"type":"pong","t":1732604100000})");
    CHECK(m.type == ServerMessage::Type::Pong);
    CHECK_EQ(m.t, 1732604100000LL);

    CHECK(ProtocolCodec::decode(R"({"type":"welcome","technician":"A","expiresAt":"x"})").type == ServerMessage::Type::Welcome);
    CHECK(ProtocolCodec::decode(R"({"type":"somethingNew"})").type == ServerMessage::Type::Unknown);
    CHECK(ProtocolCodec::decode(R"({"type":1})").type == ServerMessage::Type::Invalid);
    CHECK(ProtocolCodec::decode("[]").type == ServerMessage::Type::Invalid);
    CHECK(ProtocolCodec::decode("not json").type == ServerMessage::Type::Invalid);
}

TEST_CASE("codec_rejects_oversized_frames") {
    std::string big = "{\"type\":\"pong\",\"pad\":\"" + std::string(kMaxControlFrameBytes, 'x') + "\"}";
    CHECK(ProtocolCodec::decode(big).type == ServerMessage::Type::Invalid);
}

TEST_CASE("codec_decodes_hostile_frames_without_throwing") {
    CHECK(ProtocolCodec::decode(std::string(1000, '[') + std::string(1000, ']')).type == ServerMessage::Type::Invalid);
    CHECK(ProtocolCodec::decode("{\"type\":\"end\",\"reason\":\"\xC0\xAF\"}").type == ServerMessage::Type::Invalid);
    CHECK(ProtocolCodec::decode("{\"type\":\"end\"} {").type == ServerMessage::Type::Invalid);
    CHECK(ProtocolCodec::decode("").type == ServerMessage::Type::Invalid);

    // Members of the wrong kind read as absent.
    ServerMessage m = ProtocolCodec::decode(R"({"type":"provision","account":"AdHocRemoteUser","technician":7})");
    CHECK(m.type == ServerMessage::Type::Provision);
    CHECK(m.accountPassword.empty());
    CHECK(m.technician.empty());
    m = ProtocolCodec::decode(R"({"type":"refused","reason":["INVALID_CODE"],"retryAfter":"60"})");
    CHECK(m.type == ServerMessage::Type::Refused);
    CHECK(m.reason.empty());
    CHECK_EQ(m.retryAfterSeconds, 0);
    CHECK_EQ(ProtocolCodec::decode(R"({"type":"pong","t":18446744073709551615})").t, 0);
    CHECK_EQ(ProtocolCodec::decode(R"({"type":"pong","t":1e300})").t, 0);
    CHECK_EQ(ProtocolCodec::decode(R"({"type":"viewers","count":{"n":2}})").viewers, 0);
    // Only a JSON true says a connection is recorded.
    CHECK(ProtocolCodec::decode(R"({"type":"open","channel":"c","token":"t","recorded":true})").recorded);
    CHECK_FALSE(ProtocolCodec::decode(R"({"type":"open","channel":"c","token":"t","recorded":"true"})").recorded);
    CHECK_FALSE(ProtocolCodec::decode(R"({"type":"open","channel":"c","token":"t","recorded":1})").recorded);
    CHECK_FALSE(ProtocolCodec::decode(R"({"type":"open","channel":"c","token":"t"})").recorded);
}

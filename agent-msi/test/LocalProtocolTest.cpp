// LocalProtocolTest: app <-> service pipe messages.
#include "../src/core/LocalProtocol.h"
#include <doctest/doctest.h>

using namespace adhoc;

TEST_CASE("local_protocol_round_trips_requests") {
    AppRequest r = LocalProtocol::decodeRequest(LocalProtocol::activateRequest("123 456", "https://x/d/t", Language::German));
    CHECK(r.type == AppRequest::Type::Activate);
    CHECK_EQ(r.code, std::string("123 456"));
    CHECK_EQ(r.link, std::string("https://x/d/t"));
    CHECK(r.language == Language::German);
    r.wipe();
    CHECK(r.code.empty());
    CHECK(LocalProtocol::decodeRequest(LocalProtocol::statusRequest()).type == AppRequest::Type::Status);
    CHECK(LocalProtocol::decodeRequest(LocalProtocol::endSessionRequest()).type == AppRequest::Type::EndSession);
    CHECK(LocalProtocol::decodeRequest("{\"type\":\"other\"}").type == AppRequest::Type::Invalid);
    CHECK(LocalProtocol::decodeRequest("garbage").type == AppRequest::Type::Invalid);
}

TEST_CASE("local_protocol_round_trips_status") {
    ControllerStatus s;
    s.state = AgentState::Active;
    s.connected = true;
    s.needLink = true;
    s.viewers = 2;
    s.recorded = true;
    s.technician = "Anna \xC3\xA8";
    s.expiresAtMs = 1795688100000LL;
    s.refusalText = "Invalid security code";
    s.localMessage = LocalMessage::ConnectionLost;
    ControllerStatus back;
    CHECK(LocalProtocol::decodeStatus(LocalProtocol::encodeStatus(s), back));
    CHECK(back.state == AgentState::Active);
    CHECK(back.connected);
    CHECK(back.needLink);
    CHECK_EQ(back.viewers, 2);
    CHECK(back.recorded);
    CHECK_EQ(back.technician, s.technician);
    CHECK_EQ(back.expiresAtMs, s.expiresAtMs);
    CHECK_EQ(back.refusalText, s.refusalText);
    CHECK(back.localMessage == LocalMessage::ConnectionLost);
}

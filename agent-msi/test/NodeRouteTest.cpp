// NodeRouteTest: the `node` of `open` becomes the worker's node cookie only when it is a
// plain node name; anything else counts as no node, and no header text gets through.
#include "../src/core/Json.h"
#include "../src/core/NodeRoute.h"
#include "../src/core/ProtocolCodec.h"
#include <doctest/doctest.h>

using namespace adhoc;

namespace {

std::string nodeOf(const std::string& openFrame) { return ProtocolCodec::decode(openFrame).node; }

std::string openWithNode(const std::string& nodeJson) {
    return R"({"type":"open","channel":"c","token":"t","feature":"REMOTE_CONTROL","node":)" + nodeJson + "}";
}

}  // namespace

TEST_CASE("node_route_accepts_plain_node_names") {
    CHECK_EQ(NodeRoute::nodeName(Json::string("node-a")), std::string("node-a"));
    CHECK_EQ(NodeRoute::nodeName(Json::string("wildfly_2.dc-1")), std::string("wildfly_2.dc-1"));
    const std::string longest(64, 'n');
    CHECK_EQ(NodeRoute::nodeName(Json::string(longest)), longest);
    CHECK_EQ(NodeRoute::cookieHeader("node-a"), std::string("Cookie: ADHOC_NODE=node-a"));
    CHECK_EQ(nodeOf(openWithNode(R"("node-b")")), std::string("node-b"));
}

TEST_CASE("node_route_ignores_anything_else_as_if_absent") {
    const char* refused[] = {"", "a;b", "a\r\nX: y", "a=b", "a b", "n\xC3\xA9", "a,b", "a\tb"};
    for (const char* text : refused) {
        CAPTURE(text);
        CHECK(NodeRoute::nodeName(Json::string(text)).empty());
        CHECK(NodeRoute::cookieHeader(text).empty());
    }
    const std::string tooLong(65, 'n');
    CHECK(NodeRoute::nodeName(Json::string(tooLong)).empty());
    CHECK(NodeRoute::cookieHeader(tooLong).empty());
    CHECK(NodeRoute::nodeName(Json()).empty());
    CHECK(NodeRoute::nodeName(Json::integer(7)).empty());
    CHECK(NodeRoute::nodeName(Json::boolean(true)).empty());
    CHECK(NodeRoute::nodeName(Json::object()).empty());
    CHECK(NodeRoute::cookieHeader("").empty());
}

TEST_CASE("node_route_open_without_a_valid_node_still_opens_without_one") {
    ServerMessage absent = ProtocolCodec::decode(R"({"type":"open","channel":"c","token":"t","feature":"DASHBOARD"})");
    CHECK(absent.type == ServerMessage::Type::Open);
    CHECK(absent.node.empty());
    ServerMessage injected = ProtocolCodec::decode(openWithNode(R"("a\r\nX: y")"));
    CHECK(injected.type == ServerMessage::Type::Open);
    CHECK_EQ(injected.channel, std::string("c"));
    CHECK(injected.node.empty());
    CHECK(nodeOf(openWithNode("[\"node-a\"]")).empty());
    CHECK(nodeOf(openWithNode("42")).empty());
    CHECK(nodeOf(openWithNode(R"(")" + std::string(65, 'n') + R"(")")).empty());
}

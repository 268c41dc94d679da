// ServerUrlTest: SERVERURL -> WebSocket endpoint mapping.
#include "../src/core/ServerUrl.h"
#include <doctest/doctest.h>

using adhoc::ServerUrl;

TEST_CASE("server_url_maps_http_and_https") {
    ServerUrl u;
    CHECK(ServerUrl::parse("http://localhost:8080", u));
    CHECK(!u.secure());
    CHECK_EQ(u.host(), std::string("localhost"));
    CHECK_EQ(u.port(), 8080);
    CHECK_EQ(u.agentPath(), std::string("/ws/agent"));
    CHECK_EQ(u.agentEndpoint(), std::string("ws://localhost:8080/ws/agent"));

    CHECK(ServerUrl::parse("HTTPS://support.example.com/", u));
    CHECK(u.secure());
    CHECK_EQ(u.port(), 443);
    CHECK_EQ(u.agentEndpoint(), std::string("wss://support.example.com:443/ws/agent"));

    CHECK(ServerUrl::parse("https://example.com:8443/adhoc/?x=1", u));
    CHECK_EQ(u.agentPath(), std::string("/adhoc/ws/agent"));
    CHECK_EQ(u.port(), 8443);

    CHECK(ServerUrl::parse("http://[::1]:9/", u));
    CHECK_EQ(u.host(), std::string("::1"));
    CHECK_EQ(u.port(), 9);

    // The MSI pads the stamped address with spaces.
    CHECK(ServerUrl::parse("https://support.example.com      ", u));
    CHECK_EQ(u.host(), std::string("support.example.com"));
}

TEST_CASE("server_url_allows_plain_http_only_to_this_computer") {
    ServerUrl u;
    CHECK(ServerUrl::parse("http://127.0.0.1:8080", u));
    CHECK(ServerUrl::parse("ws://LOCALHOST", u));
    std::string error;
    CHECK(!ServerUrl::parse("http://support.example.com", u, &error));
    CHECK(error.find("use https") != std::string::npos);
    CHECK(!ServerUrl::parse("ws://192.168.1.5:8080", u));
    CHECK(ServerUrl::parse("https://192.168.1.5:8443", u));
}

TEST_CASE("server_url_rejects_bad_urls") {
    ServerUrl u;
    const char* bad[] = {"", "localhost:8080", "ftp://x", "http://", "http://:80", "http://h:0",
                         "http://h:99999", "http://user@h/", "http://h:8a/", "https://h:99999"};
    for (const char* text : bad)
        if (ServerUrl::parse(text, u)) FAIL_CHECK("accepted " << text);
}

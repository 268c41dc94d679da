// JsonTest: parser and serializer of core/Json.
#include "../src/core/Json.h"
#include <doctest/doctest.h>

using adhoc::Json;

TEST_CASE("json_parses_nested_object") {
    Json j;
    CHECK(Json::parse(R"({"type":"provision","account":{"name":"A","password":"p\"w"},"n":-12,"f":1.5,"b":true,"z":null,"a":[1,2]})", j));
    CHECK_EQ(j.getString("type"), std::string("provision"));
    CHECK_EQ(j.get("account").getString("password"), std::string("p\"w"));
    CHECK_EQ(j.get("n").asInteger(), -12);
    CHECK(j.get("f").isNumber());
    CHECK(j.get("b").asBool());
    CHECK(j.get("z").isNull());
    CHECK_EQ(j.get("a").items().size(), 2u);
    CHECK(j.get("missing").isNull());
}

TEST_CASE("json_unicode_escapes_become_utf8") {
    Json j;
    CHECK(Json::parse(R"({"t":"Anna \u00e8 \ud83d\ude00"})", j));
    CHECK_EQ(j.getString("t"), std::string("Anna \xC3\xA8 \xF0\x9F\x98\x80"));
}

TEST_CASE("json_rejects_malformed_documents") {
    Json j;
    const char* bad[] = {"", "{", "{\"a\":}", "{\"a\":1,}", "[1 2]", "{\"a\":\"x}", "{} x", "nul",
                         "{\"a\":01}", "\"\\ud800\"", "{\"a\":\"\x01\"}", "{a:1}"};
    for (const char* text : bad) {
        if (Json::parse(text, j)) FAIL_CHECK("accepted: " << text);
    }
}

TEST_CASE("json_limits_nesting_depth") {
    std::string deep(100, '[');
    deep += std::string(100, ']');
    Json j;
    CHECK(!Json::parse(deep, j));
    CHECK(Json::parse("[[[1]]]", j));
}

TEST_CASE("json_dump_escapes_and_round_trips") {
    Json j = Json::object();
    j.set("type", Json::string("x\"y\\z\n\x01"));
    j.set("n", Json::integer(1732604100000));
    j.set("ok", Json::boolean(false));
    std::string text = j.dump();
    CHECK_EQ(text, std::string(R"({"type":"x\"y\\z\n\u0001","n":1732604100000,"ok":false})"));
    Json back;
    CHECK(Json::parse(text, back));
    CHECK_EQ(back.getString("type"), std::string("x\"y\\z\n\x01"));
    CHECK_EQ(back.get("n").asInteger(), 1732604100000LL);
}

TEST_CASE("json_wipe_clears_strings") {
    Json j;
    CHECK(Json::parse(R"({"account":{"password":"secret"}})", j));
    j.wipe();
    CHECK_EQ(j.get("account").getString("password"), std::string(""));
}

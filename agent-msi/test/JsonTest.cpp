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

TEST_CASE("json_limits_nesting_depth_at_32_levels") {
    // The root is level 0: 32 nested arrays put their innermost value at level 32.
    Json j;
    CHECK(Json::parse(std::string(32, '[') + "1" + std::string(32, ']'), j));
    CHECK(!Json::parse(std::string(33, '[') + "1" + std::string(33, ']'), j));
    CHECK(!Json::parse(std::string(20, '[') + std::string(20, '{') + "}", j));
    CHECK(j.isNull());
}

TEST_CASE("json_refuses_invalid_utf8_and_dumps_it_replaced") {
    Json j;
    CHECK(!Json::parse("{\"t\":\"a\xC3\x28\"}", j));
    CHECK(!Json::parse("{\"t\":\"\xFF\"}", j));
    Json out = Json::object();
    out.set("t", Json::string("a\xFF"));
    CHECK_EQ(out.dump(), std::string("{\"t\":\"a\xEF\xBF\xBD\"}"));
}

TEST_CASE("json_numbers_beyond_int64_are_not_integers") {
    Json j;
    CHECK(Json::parse(R"({"max":9223372036854775807,"min":-9223372036854775808,"big":18446744073709551615,"huge":1e300,"f":2.9})", j));
    CHECK(j.get("max").kind() == Json::Kind::Integer);
    CHECK_EQ(j.get("max").asInteger(), 9223372036854775807LL);
    CHECK_EQ(j.get("min").asInteger(), -9223372036854775807LL - 1);
    CHECK(j.get("big").kind() == Json::Kind::Real);
    CHECK_EQ(j.get("big").asInteger(-1), -1);
    CHECK_EQ(j.get("huge").asInteger(-1), -1);
    CHECK_EQ(j.get("f").asInteger(), 2);
}

TEST_CASE("json_typed_accessors_fall_back_on_other_kinds") {
    Json j;
    CHECK(Json::parse(R"({"s":"x","n":5,"o":{"k":1},"a":[1]})", j));
    CHECK_EQ(j.get("n").asString(), std::string(""));
    CHECK_EQ(j.get("s").asInteger(7), 7);
    CHECK(j.get("s").asBool(true));
    CHECK(j.get("a").get("k").isNull());
    CHECK(!j.get("s").has("k"));
    CHECK(j.get("o").items().empty());
    CHECK_EQ(j.get("s").get("x").getString("y"), std::string(""));
}

TEST_CASE("json_values_set_from_a_view_are_copies") {
    Json j;
    CHECK(Json::parse(R"({"account":{"password":"secret"}})", j));
    Json copy = Json::object();
    copy.set("account", j.get("account"));
    j.wipe();
    CHECK_EQ(copy.get("account").getString("password"), std::string("secret"));
    CHECK_EQ(copy.dump(), std::string(R"({"account":{"password":"secret"}})"));
}

TEST_CASE("json_copies_outlive_the_value_they_were_read_from") {
    Json kept;
    {
        Json j;
        CHECK(Json::parse(R"({"id":{"n":7},"a":[{"x":"y"}]})", j));
        const Json& id = j.get("id");
        kept = id;
        Json item = j.get("a").items()[0];
        j = Json::object();
        CHECK_EQ(item.getString("x"), std::string("y"));
    }
    CHECK_EQ(kept.dump(), std::string(R"({"n":7})"));
    Json j;
    CHECK(Json::parse(R"({"inner":{"k":1}})", j));
    j = j.get("inner");  // assigning a view into itself
    CHECK_EQ(j.dump(), std::string(R"({"k":1})"));
}

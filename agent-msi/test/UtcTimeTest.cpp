// UtcTimeTest: ISO-8601 parsing and formatting used by the expiry logic.
#include "../src/core/UtcTime.h"
#include <doctest/doctest.h>

using adhoc::UtcTime;

TEST_CASE("utc_parses_protocol_timestamps") {
    std::int64_t t = 0;
    CHECK(UtcTime::parseIso8601("1970-01-01T00:00:00Z", t));
    CHECK_EQ(t, 0);
    CHECK(UtcTime::parseIso8601("2026-11-26T10:15:00Z", t));
    CHECK_EQ(t, 1795688100LL);
    CHECK(UtcTime::parseIso8601("2026-11-26T10:15:00.123456Z", t));
    CHECK_EQ(t, 1795688100LL);
    CHECK(UtcTime::parseIso8601("2026-11-26T11:15:00+01:00", t));
    CHECK_EQ(t, 1795688100LL);
    CHECK(UtcTime::parseIso8601("2024-02-29T23:59:59Z", t));
    CHECK_EQ(t, 1709251199LL);
}

TEST_CASE("utc_rejects_bad_timestamps") {
    std::int64_t t = 0;
    const char* bad[] = {"", "2026-11-26", "2026-11-26T10:15:00", "2026-13-01T00:00:00Z",
                         "2026-11-26T10:15:00Zjunk", "2026-11-26T25:00:00Z", "abcd-11-26T10:15:00Z"};
    for (const char* text : bad)
        if (UtcTime::parseIso8601(text, t)) FAIL_CHECK("accepted " << text);
}

TEST_CASE("utc_formats_and_round_trips") {
    CHECK_EQ(UtcTime::formatIso8601(1795688100LL), std::string("2026-11-26T10:15:00Z"));
    CHECK_EQ(UtcTime::formatIso8601(0), std::string("1970-01-01T00:00:00Z"));
    std::int64_t t = 0;
    CHECK(UtcTime::parseIso8601(UtcTime::formatIso8601(4102444799LL), t));
    CHECK_EQ(t, 4102444799LL);
}

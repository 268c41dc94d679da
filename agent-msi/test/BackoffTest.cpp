// BackoffTest: reconnect delays stay within 1 s..60 s +/-20 %; after a stable connection the
// first delay is spread over 1 s..10 s, then the sequence goes on from 2 s.
#include "../src/core/Backoff.h"
#include <doctest/doctest.h>

using adhoc::Backoff;

TEST_CASE("backoff_doubles_to_the_cap_without_jitter") {
    Backoff b([] { return 0.5; });
    const std::int64_t expected[] = {1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000};
    for (std::int64_t e : expected) CHECK_EQ(b.nextDelayMs(), e);
}

TEST_CASE("backoff_jitter_stays_within_twenty_percent") {
    double values[] = {0.0, 0.999999, 0.25};
    for (double v : values) {
        Backoff b([v] { return v; });
        std::int64_t base = 1000;
        for (int i = 0; i < 12; ++i) {
            std::int64_t d = b.nextDelayMs();
            CHECK(d >= base * 8 / 10);
            CHECK(d <= base * 12 / 10);
            base = base * 2 > 60000 ? 60000 : base * 2;
        }
    }
    Backoff low([] { return 0.0; });
    CHECK_EQ(low.nextDelayMs(), 800);
}

TEST_CASE("backoff_keeps_doubling_after_an_early_close") {
    Backoff b([] { return 0.5; });
    b.nextDelayMs();
    b.nextDelayMs();
    b.connectionClosedAfter(59999);
    CHECK_EQ(b.nextDelayMs(), 4000);
    b.connectionClosedAfter(1000);
    CHECK_EQ(b.nextDelayMs(), 8000);
}

TEST_CASE("backoff_spreads_the_first_delay_after_a_stable_connection_over_one_to_ten_seconds") {
    double r = 0.0;
    Backoff b([&r] { return r; });
    b.nextDelayMs();
    b.nextDelayMs();
    b.connectionClosedAfter(60000);
    CHECK_EQ(b.nextDelayMs(), 1000);

    r = 0.999;
    b.connectionClosedAfter(3600000);
    std::int64_t latest = b.nextDelayMs();
    CHECK(latest >= 9990);
    CHECK(latest < 10000);

    r = 0.5;
    b.connectionClosedAfter(60000);
    CHECK_EQ(b.nextDelayMs(), 5500);
}

TEST_CASE("backoff_goes_on_from_two_seconds_after_the_spread_delay") {
    double r = 0.999;
    Backoff b([&r] { return r; });
    b.connectionClosedAfter(60000);
    b.nextDelayMs();
    r = 0.5;
    const std::int64_t expected[] = {2000, 4000, 8000, 16000, 32000, 60000, 60000};
    for (std::int64_t e : expected) CHECK_EQ(b.nextDelayMs(), e);

    r = 0.0;
    b.connectionClosedAfter(60000);
    b.nextDelayMs();
    CHECK_EQ(b.nextDelayMs(), 1600);  // 2 s - 20 %
}

TEST_CASE("backoff_reset_starts_over_without_the_spread") {
    Backoff b([] { return 0.999; });
    b.connectionClosedAfter(60000);
    b.reset();
    std::int64_t d = b.nextDelayMs();
    CHECK(d >= 1000);
    CHECK(d < 1200);
}

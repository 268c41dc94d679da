// BackoffTest: reconnect delays stay within 1 s..60 s +/-20 % and reset after 60 s.
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

TEST_CASE("backoff_resets_only_after_a_stable_connection") {
    Backoff b([] { return 0.5; });
    b.nextDelayMs();
    b.nextDelayMs();
    b.connectionClosedAfter(59999);
    CHECK_EQ(b.nextDelayMs(), 4000);
    b.connectionClosedAfter(60000);
    CHECK_EQ(b.nextDelayMs(), 1000);
}

package com.adhocsupport.infrastructure.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adhocsupport.application.throttle.Rate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TryCountsTest {

    private static final Rate THREE_A_MINUTE = new Rate(3, Duration.ofMinutes(1));

    private Instant now = Instant.parse("2026-12-02T06:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };

    @Test
    void theTryAfterTheLastAllowedWaitsAWholeWindowFromIt() {
        TryCounts counts = new TryCounts(10, clock);
        assertEquals(Optional.empty(), counts.take("a", THREE_A_MINUTE));
        now = now.plusSeconds(50);
        assertEquals(Optional.empty(), counts.take("a", THREE_A_MINUTE));
        assertEquals(Optional.empty(), counts.take("a", THREE_A_MINUTE));
        now = now.plusSeconds(20);
        assertEquals(Optional.of(Duration.ofSeconds(40)), counts.take("a", THREE_A_MINUTE));
        assertEquals(Optional.of(Duration.ofSeconds(40)), counts.waitingTime("a", THREE_A_MINUTE));
        assertEquals(Optional.empty(), counts.take("b", THREE_A_MINUTE), "another key is another count");
        now = now.plusSeconds(40);
        assertEquals(Optional.empty(), counts.take("a", THREE_A_MINUTE), "a new window");
    }

    @Test
    void aTryGivenBackIsNotCounted() {
        TryCounts counts = new TryCounts(10, clock);
        for (int i = 0; i < 10; i++) {
            assertEquals(Optional.empty(), counts.take("a", THREE_A_MINUTE));
            counts.giveBack("a");
        }
        assertEquals(Optional.empty(), counts.waitingTime("a", THREE_A_MINUTE));
    }

    @Test
    void rotatingKeysNeverGrowsTheTablePastItsCapacity() {
        TryCounts counts = new TryCounts(100, clock);
        for (int i = 0; i < 10_000; i++) {
            counts.take("10.0." + i / 256 + "." + i % 256, THREE_A_MINUTE);
        }
        assertEquals(100, counts.size());
        now = now.plusSeconds(61);
        counts.take("fresh", THREE_A_MINUTE);
        assertEquals(1, counts.size(), "expired windows were swept when the table was full");
    }

    @Test
    void ipv6AddressesCountByTheirSlash64() {
        assertEquals(LocalSourceThrottle.network("2001:db8:1:2::1"), LocalSourceThrottle.network("2001:db8:1:2:ffff::9"));
        assertTrue(!LocalSourceThrottle.network("2001:db8:1:3::1").equals(LocalSourceThrottle.network("2001:db8:1:2::1")));
        assertEquals("192.0.2.7", LocalSourceThrottle.network("192.0.2.7"));
        assertEquals("unknown", LocalSourceThrottle.network(null));
    }
}

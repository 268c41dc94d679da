package com.adhocsupport.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResendLimitsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final ResendLimits LIMITS = new ResendLimits(3, 10, Duration.ofHours(1));

    private static Instant minutesAgo(long minutes) {
        return NOW.minus(Duration.ofMinutes(minutes));
    }

    @Test
    void belowTheLimitsAResendIsAllowed() {
        assertEquals(Optional.empty(), LIMITS.waitBefore(List.of(minutesAgo(5), minutesAgo(1)), List.of(), NOW));
    }

    @Test
    void theFourthResendOfASessionWaitsUntilTheFirstIsAnHourOld() {
        List<Instant> three = List.of(minutesAgo(1), minutesAgo(40), minutesAgo(20));
        assertEquals(Optional.of(Duration.ofMinutes(20)), LIMITS.waitBefore(three, three, NOW));
    }

    @Test
    void resendsOlderThanTheWindowDoNotCount() {
        assertEquals(Optional.empty(), LIMITS.waitBefore(List.of(minutesAgo(60), minutesAgo(90), minutesAgo(5)), List.of(), NOW));
    }

    @Test
    void theTechniciansLimitCountsEverySessionAndTheLongerWaitWins() {
        List<Instant> technician = List.of(minutesAgo(50), minutesAgo(45), minutesAgo(30), minutesAgo(29), minutesAgo(28),
                minutesAgo(27), minutesAgo(26), minutesAgo(25), minutesAgo(24), minutesAgo(23));
        assertEquals(Optional.of(Duration.ofMinutes(10)), LIMITS.waitBefore(List.of(), technician, NOW));
        List<Instant> session = List.of(minutesAgo(25), minutesAgo(24), minutesAgo(23));
        assertEquals(Optional.of(Duration.ofMinutes(35)), LIMITS.waitBefore(session, technician, NOW));
    }
}

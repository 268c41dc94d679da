package com.adhocsupport.domain.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

    private final Lockout lockout = new Lockout();

    private void fail(int times, Instant at) {
        for (int i = 0; i < times; i++) {
            lockout.recordFailure(at, 5, FIFTEEN_MINUTES);
        }
    }

    @Test
    void aNewLockoutIsOpen() {
        assertFalse(lockout.isLockedAt(T0));
    }

    /** Four failures at {@code at} leave it open; the fifth locks it. */
    private void locksAtTheFifthFailure(Instant at) {
        fail(4, at);
        assertFalse(lockout.isLockedAt(at), "one below the maximum");
        fail(1, at);
        assertTrue(lockout.isLockedAt(at));
    }

    @Test
    void theFailureThatReachesTheMaximumLocksForTheLockoutAndNoLonger() {
        locksAtTheFifthFailure(T0);
        assertTrue(lockout.isLockedAt(T0.plus(FIFTEEN_MINUTES).minusNanos(1)));
        assertFalse(lockout.isLockedAt(T0.plus(FIFTEEN_MINUTES)));
    }

    @Test
    void aLockStartsTheCountAgain() {
        fail(5, T0);
        locksAtTheFifthFailure(T0.plus(FIFTEEN_MINUTES));
    }

    @Test
    void onlyFailuresInARowCount() {
        fail(4, T0);
        lockout.recordSuccess();
        locksAtTheFifthFailure(T0);
    }

    @Test
    void aMaximumOfOneLocksAtTheFirstFailure() {
        lockout.recordFailure(T0, 1, FIFTEEN_MINUTES);
        assertTrue(lockout.isLockedAt(T0));
    }
}

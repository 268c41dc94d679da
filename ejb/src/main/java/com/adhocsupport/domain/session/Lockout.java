package com.adhocsupport.domain.session;

import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * Failures in a row of one secret, and the lock they earn: after {@code maxFailures} in a row the
 * secret is refused for {@code lockout}, and the count starts again. A session holds one for its
 * security code and one for its access password; the owner maps the two columns.
 */
@Embeddable
public class Lockout {

    private int failures;

    private Instant lockedUntil;

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; the one that reaches {@code maxFailures} locks for {@code lockout}. */
    public void recordFailure(Instant now, int maxFailures, Duration lockout) {
        failures++;
        if (failures >= maxFailures) {
            lockedUntil = now.plus(lockout);
            failures = 0;
        }
    }

    /** The secret was right: the failures before it no longer count. */
    public void recordSuccess() {
        failures = 0;
    }
}

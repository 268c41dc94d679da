package com.adhocsupport.domain.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How often an invitation may be sent again: at most {@code perSession} times for one session and
 * {@code perTechnician} times by one technician within any {@code window}, so the console cannot
 * be used to flood an inbox. The limits are settings (adhoc-defaults.properties); the window is not.
 */
public record ResendLimits(int perSession, int perTechnician, Duration window) {

    public static final Duration WINDOW = Duration.ofHours(1);

    /**
     * How long to wait before the next resend is allowed, given when the session's and the
     * technician's earlier resends happened; nothing when it is allowed now.
     */
    public Optional<Duration> waitBefore(List<Instant> bySession, List<Instant> byTechnician, Instant now) {
        Optional<Duration> forSession = waitBefore(bySession, perSession, now);
        Optional<Duration> forTechnician = waitBefore(byTechnician, perTechnician, now);
        if (forSession.isEmpty()) {
            return forTechnician;
        }
        return forTechnician.filter(wait -> wait.compareTo(forSession.get()) > 0).or(() -> forSession);
    }

    /** The wait until the oldest resend that still counts leaves the window. */
    private Optional<Duration> waitBefore(List<Instant> earlier, int limit, Instant now) {
        List<Instant> inWindow = earlier.stream().filter(at -> at.isAfter(now.minus(window))).sorted().toList();
        if (inWindow.size() < limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, inWindow.get(inWindow.size() - limit).plus(window)));
    }
}

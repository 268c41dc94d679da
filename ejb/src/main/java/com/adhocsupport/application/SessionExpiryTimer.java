package com.adhocsupport.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Persistent single-action timers at a session's deadlines (invitation, then lifetime). They
 * survive restarts; a timer that finds its session already ended, or not yet due, does nothing.
 */
@Stateless
public class SessionExpiryTimer implements ExpiryScheduler {

    private static final Duration EARLY_FIRE_TOLERANCE = Duration.ofMinutes(1);

    @Resource
    TimerService timerService;
    @EJB
    SessionExpiry expiry;
    @Inject
    Clock clock;

    @Override
    public void schedule(long sessionId, Instant at) {
        timerService.createSingleActionTimer(Date.from(at), new TimerConfig(sessionId, true));
    }

    /** A timer that fired just before its deadline (clocks of cluster nodes differ) tries again then. */
    @Timeout
    void deadlineReached(Timer timer) {
        long sessionId = (Long) timer.getInfo();
        expiry.expireIfDue(sessionId)
                .filter(deadline -> deadline.isBefore(clock.instant().plus(EARLY_FIRE_TOLERANCE)))
                .ifPresent(deadline -> schedule(sessionId, deadline));
    }
}

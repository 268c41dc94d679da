package com.adhocsupport.application;

import com.adhocsupport.domain.session.AdHocSession;
import com.adhocsupport.domain.session.AdHocSessionRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** A session's deadline came: the use case the expiry timer runs. */
@Stateless
public class SessionExpiry {

    /** Enough for any backlog a dead node leaves; the next round takes the rest. */
    private static final int OVERDUE_PER_ROUND = 500;

    @Inject
    AdHocSessionRepository sessions;
    @Inject
    SessionCloser closer;
    @Inject
    Clock clock;

    /**
     * Ends the session if its deadline has passed.
     *
     * @return the deadline of a session that is still open, so an early timer can try again
     */
    public Optional<Instant> expireIfDue(long sessionId) {
        return sessions.lock(sessionId).filter(closer::isOpenOrClose).map(AdHocSession::deadline);
    }

    /**
     * Ends the sessions past their deadline whose timer has not: in a cluster a timer waits for a
     * surviving node to load it from the database, and meanwhile the session would still count
     * against the limits. Every node runs this in its presence round; the session lock makes each
     * end happen once.
     */
    public void expireOverdue() {
        sessions.findPastDeadline(clock.instant(), OVERDUE_PER_ROUND).forEach(this::expireIfDue);
    }
}

package com.adhocsupport.application;

import com.adhocsupport.domain.audit.AuditAction;
import com.adhocsupport.domain.audit.AuditEvent;
import com.adhocsupport.domain.computer.ComputerRepository;
import com.adhocsupport.domain.session.AdHocSession;
import com.adhocsupport.domain.session.EndReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Ends sessions, in the caller's transaction: frees the seat, audits, and tells the agent after
 * the commit. Also the single place that treats a session past its deadline as ended, so a late
 * timer never leaves a usable session.
 */
@ApplicationScoped
public class SessionCloser {

    @Inject
    ComputerRepository computers;
    @Inject
    AuditTrail audit;
    @Inject
    Event<SessionEnded> endings;
    @Inject
    Clock clock;

    /** Ends the session once; a second call does nothing. */
    public void close(AdHocSession session, EndReason reason, String actor, String source) {
        Instant now = clock.instant();
        if (!session.end(reason, now)) {
            return;
        }
        computers.findBySession(session).ifPresent(c -> c.releaseSeat(now));
        audit.record(session, actor, AuditAction.SESSION_ENDED, reason.name(), source, now);
        endings.fire(new SessionEnded(session.getId(), reason));
    }

    /** True if the session is still open now; a session past its deadline is ended on the spot. */
    public boolean isOpenOrClose(AdHocSession session) {
        Instant now = clock.instant();
        if (session.isOpenAt(now)) {
            return true;
        }
        close(session, session.reasonForDeadline(), AuditEvent.SYSTEM, null);
        return false;
    }
}

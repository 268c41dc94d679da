package com.adhocsupport.application;

import com.adhocsupport.domain.audit.AuditAction;
import com.adhocsupport.domain.audit.AuditEvent;
import com.adhocsupport.domain.audit.AuditRepository;
import com.adhocsupport.domain.session.AdHocSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;

/** Records audit events in the caller's transaction, so an event exists exactly when its change does. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    AuditRepository events;
    @Inject
    Clock clock;

    /** An event about the account itself (technicians, plan), not about one session. */
    public void recordAccount(long companyId, String actor, AuditAction action, String detail, String source) {
        events.add(new AuditEvent(companyId, null, actor, action, detail, clock.instant(), source));
    }

    /**
     * An account event written in a transaction of its own, so it stays when the caller's
     * transaction is rolled back (a refused start writes nothing else).
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void recordRefusal(long companyId, String actor, AuditAction action, String detail, String source) {
        events.add(new AuditEvent(companyId, null, actor, action, detail, clock.instant(), source));
    }

    public void record(AdHocSession session, String actor, AuditAction action, String detail, String source, Instant at) {
        events.add(new AuditEvent(session.getCompany().getId(), session.getId(), actor, action, detail, at, source));
    }
}

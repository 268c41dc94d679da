package com.adhocsupport.domain.audit;

import java.time.Instant;
import java.util.List;

/** Stores audit events; they are only ever added. */
public interface AuditRepository {

    void add(AuditEvent event);

    List<AuditEvent> findBySession(long sessionId);

    /** When {@code actor} (or anyone, when null) did {@code action} to the session (or to any, when null) since then. */
    List<Instant> timesOf(AuditAction action, Long sessionId, String actor, Instant since);

    /** The newest events of a company that match every given criterion (null means any), at most {@code limit}. */
    List<AuditEvent> search(long companyId, AuditFilter filter, int limit);
}

package com.adhocsupport.domain.audit;

import java.time.Instant;

/**
 * What the audit log view filters on; a null field means "any".
 *
 * @param actor the technician's e-mail (or "agent", "system")
 * @param action one kind of event
 * @param sessionId one session
 * @param from inclusive lower bound
 * @param to exclusive upper bound
 */
public record AuditFilter(String actor, AuditAction action, Long sessionId, Instant from, Instant to) {

    public static final AuditFilter ANY = new AuditFilter(null, null, null, null, null);
}

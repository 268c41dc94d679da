package com.adhocsupport.domain.audit;

import java.util.List;

/** Stores audit events; they are only ever added. */
public interface AuditRepository {

    void add(AuditEvent event);

    List<AuditEvent> findBySession(long sessionId);
}

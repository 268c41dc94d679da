package com.adhocsupport.domain.audit;

import java.util.List;

/** Stores audit events; they are only ever added. */
public interface AuditRepository {

    void add(AuditEvent event);

    List<AuditEvent> findBySession(long sessionId);

    /** The newest events of a company that match every given criterion (null means any), at most {@code limit}. */
    List<AuditEvent> search(long companyId, AuditFilter filter, int limit);
}

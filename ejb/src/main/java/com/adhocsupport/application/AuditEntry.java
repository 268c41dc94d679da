package com.adhocsupport.application;

import com.adhocsupport.domain.audit.AuditAction;
import com.adhocsupport.domain.audit.AuditEvent;
import java.io.Serializable;
import java.time.Instant;

/** One line of the audit log as the console shows it: a copy, never the stored event itself. */
public record AuditEntry(Instant occurredAt, String actor, AuditAction action, Long sessionId, String detail,
        String sourceAddress) implements Serializable {

    static AuditEntry of(AuditEvent event) {
        return new AuditEntry(event.getOccurredAt(), event.getActor(), event.getAction(), event.getSessionId(),
                event.getDetail(), event.getSourceAddress());
    }
}

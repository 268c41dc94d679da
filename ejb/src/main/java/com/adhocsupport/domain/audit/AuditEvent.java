package com.adhocsupport.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the audit trail. It keeps plain identifiers, not associations, so that it
 * outlives the rows it talks about.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = "AuditEvent.findBySession", query = "select e from AuditEvent e where e.sessionId = :sessionId order by e.id")
public class AuditEvent {

    /** Actor name for events caused by the end user's PC. */
    public static final String AGENT = "agent";
    /** Actor name for what the end user did at the PC (chat messages). */
    public static final String END_USER = "end user";
    /** Actor name for events caused by timers. */
    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(nullable = false, length = 254)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Column(length = 500)
    private String detail;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "source_address", length = 64)
    private String sourceAddress;

    protected AuditEvent() {
    }

    public AuditEvent(Long companyId, Long sessionId, String actor, AuditAction action, String detail,
            Instant occurredAt, String sourceAddress) {
        this.companyId = companyId;
        this.sessionId = sessionId;
        this.actor = actor;
        this.action = action;
        this.detail = detail;
        this.occurredAt = occurredAt;
        this.sourceAddress = sourceAddress;
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }
}

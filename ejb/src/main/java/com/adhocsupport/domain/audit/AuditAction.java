package com.adhocsupport.domain.audit;

/** The kinds of event the audit trail records. */
public enum AuditAction {
    SESSION_CREATED,
    INVITATION_SENT,
    INVITATION_FAILED,
    INVITATION_RESENT,
    CODE_REJECTED,
    SESSION_ACTIVATED,
    SESSION_ENDED,
    COMPUTER_ONLINE,
    COMPUTER_OFFLINE,
    COMPUTER_DELETED
}

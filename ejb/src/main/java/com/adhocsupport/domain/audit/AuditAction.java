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
    COMPUTER_DELETED,
    CONNECTION_AUTHORIZED,
    CONNECTION_REFUSED,
    CONNECTION_OPENED,
    CONNECTION_CLOSED,
    CHAT_MESSAGE,
    TECHNICIAN_CHANGED,
    ACCOUNT_CHANGED,

    // Security events of the console (first-run setup, refusals to start a session)
    SETUP_COMPLETED,
    SESSION_REFUSED
}

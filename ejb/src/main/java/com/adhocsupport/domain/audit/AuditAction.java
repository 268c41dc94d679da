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

    // Console sign-in (kept together at the end: new kinds are appended).
    SIGNED_IN,
    SIGN_IN_FAILED,
    /** Failed sign-ins at one e-mail from one address: that address waits for that account. */
    SIGN_IN_LOCKED,
    /** Failed sign-ins from one address: that address waits for every account. */
    SOURCE_LOCKED,
    SIGNED_OUT,

    // Security events of the console (first-run setup, refusals to start a session)
    SETUP_COMPLETED,
    SESSION_REFUSED,

    // Two-factor sign-in
    SECOND_FACTOR_ON,
    SECOND_FACTOR_OFF,
    /** An administrator took a technician's second factor away. */
    SECOND_FACTOR_RESET,

    // Session recording
    RECORDING_STARTED,
    /** A recording was played in the browser or saved as a file. */
    RECORDING_DOWNLOADED
}

package com.adhocsupport.domain.session;

/** Why a session ended. */
public enum EndReason {
    /** The lifetime after activation ran out. */
    EXPIRED,
    /** The invitation was never used within its lifetime. */
    INVITATION_EXPIRED,
    /** The technician ended (or cancelled) it. */
    ENDED_BY_TECHNICIAN,
    /** The end user ended it from the app on the PC. */
    ENDED_BY_USER,
    /** The computer was deleted from the "Ad Hoc Support Sessions" group. */
    COMPUTER_DELETED,
    /** The PC refused the access password (password policy). */
    PASSWORD_POLICY
}

package com.adhocsupport.domain.session;

/** Where an ad hoc session is in its life. A session never leaves ENDED. */
public enum SessionState {
    /** Invited: waiting for the end user to install the app and type the security code. */
    PENDING,
    /** Activated on a PC: reachable by the technician until it expires. */
    ACTIVE,
    /** Over, for the reason recorded with it. */
    ENDED
}

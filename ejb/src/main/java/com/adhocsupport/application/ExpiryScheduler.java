package com.adhocsupport.application;

import java.time.Instant;

/** Asks for a session's deadline to be checked at that time ({@link SessionExpiry}), even after a restart. */
public interface ExpiryScheduler {

    /** Joins the caller's transaction: nothing is scheduled if the session is rolled back. */
    void schedule(long sessionId, Instant at);
}

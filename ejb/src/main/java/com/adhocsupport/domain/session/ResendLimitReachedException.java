package com.adhocsupport.domain.session;

import java.time.Duration;

/** The invitation has been sent again as often as {@link ResendLimits} allow for now; nothing was sent. */
public class ResendLimitReachedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration wait;

    public ResendLimitReachedException(Duration wait) {
        super("resend allowed again in " + wait);
        this.wait = wait;
    }

    /** How long until the next resend is allowed. */
    public Duration getWait() {
        return wait;
    }
}

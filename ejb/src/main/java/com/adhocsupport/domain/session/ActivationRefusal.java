package com.adhocsupport.domain.session;

import java.time.Duration;

/** Why the PC could not take a session; the messages are the ones the end user sees, verbatim. */
public enum ActivationRefusal {
    EXPIRED("Support session did not start. This support session instance has expired. Inform your support technician of this message."),
    INVALID_CODE("Invalid security code"),
    PASSWORD_POLICY("Group policy may have prevented the session from starting"),
    /** Too many refused codes from the PC's address, across sessions: it must wait (the message says how long). */
    TOO_MANY_ATTEMPTS("Too many attempts from this network. Try again in %d minutes.");

    private final String message;

    ActivationRefusal(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }

    /** The message for a refusal that comes with a wait: the wait in whole minutes, rounded up. */
    public String message(Duration retryAfter) {
        return message.formatted(Math.max(1, (retryAfter.toSeconds() + 59) / 60));
    }
}

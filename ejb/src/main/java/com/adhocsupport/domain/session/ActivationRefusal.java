package com.adhocsupport.domain.session;

/** Why the PC could not take a session; the messages are the ones the end user sees, verbatim. */
public enum ActivationRefusal {
    EXPIRED("Support session did not start. This support session instance has expired. Inform your support technician of this message."),
    INVALID_CODE("Invalid security code"),
    PASSWORD_POLICY("Group policy may have prevented the session from starting");

    private final String message;

    ActivationRefusal(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}

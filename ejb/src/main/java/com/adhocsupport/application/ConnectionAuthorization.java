package com.adhocsupport.application;

import java.time.Duration;

/** The answer of the password prompt before a connection: a one-time ticket, or why not. */
public sealed interface ConnectionAuthorization {

    /** The viewer presents {@code ticket} once, within a minute, to open the connection. */
    record Granted(String ticket) implements ConnectionAuthorization {
    }

    record Refused(String messageKey) implements ConnectionAuthorization {
    }

    /** Too many wrong access passwords from this address, across sessions: no try is checked before {@code retryAfter}. */
    record Waiting(Duration retryAfter) implements ConnectionAuthorization {
    }
}

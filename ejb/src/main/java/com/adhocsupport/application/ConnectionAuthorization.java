package com.adhocsupport.application;

/** The answer of the password prompt before a connection: a one-time ticket, or why not. */
public sealed interface ConnectionAuthorization {

    /** The viewer presents {@code ticket} once, within a minute, to open the connection. */
    record Granted(String ticket) implements ConnectionAuthorization {
    }

    record Refused(String messageKey) implements ConnectionAuthorization {
    }
}

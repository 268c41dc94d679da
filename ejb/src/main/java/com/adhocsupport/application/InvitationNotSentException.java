package com.adhocsupport.application;

/** The invitation e-mail did not leave; the message is the mail server's (or the mail API's) reason. */
public class InvitationNotSentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvitationNotSentException(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}

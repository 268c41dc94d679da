package com.adhocsupport.application;

/** Sends the invitation e-mail to the end user. */
public interface InvitationMailer {

    /** @throws InvitationNotSentException when the mail server did not take it */
    void send(InvitationRequested invitation);
}

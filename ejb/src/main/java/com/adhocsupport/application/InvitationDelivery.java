package com.adhocsupport.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends an invitation only after the session's transaction has committed, and records the
 * outcome on the session; a failure never undoes the session: the link can still be copied.
 */
@ApplicationScoped
public class InvitationDelivery {

    private static final Logger LOG = Logger.getLogger(InvitationDelivery.class.getName());

    @Inject
    InvitationMailer mailer;
    @EJB
    AdHocSessionService sessions;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) InvitationRequested invitation) {
        try {
            mailer.send(invitation);
            sessions.recordInvitationOutcome(invitation.sessionId(), true, null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Invitation e-mail for session " + invitation.sessionId() + " was not sent: " + e);
            sessions.recordInvitationOutcome(invitation.sessionId(), false, "mail server: " + e.getMessage());
        }
    }
}

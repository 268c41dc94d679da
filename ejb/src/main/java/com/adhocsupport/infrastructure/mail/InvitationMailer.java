package com.adhocsupport.infrastructure.mail;

import com.adhocsupport.application.AdHocSessionService;
import com.adhocsupport.application.InvitationRequested;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the invitation e-mail (plain text and HTML, in the technician's language) through the
 * server's mail session, only after the session's transaction has committed. The outcome is
 * recorded on the session; a failure never undoes the session: the link can still be copied.
 */
@ApplicationScoped
public class InvitationMailer {

    private static final Logger LOG = Logger.getLogger(InvitationMailer.class.getName());

    @Resource(lookup = "java:jboss/mail/AdHoc")
    Session mailSession;
    @EJB
    AdHocSessionService sessions;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) InvitationRequested invitation) {
        try {
            Transport.send(compose(invitation));
            sessions.recordInvitationOutcome(invitation.sessionId(), true, null);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Invitation e-mail for session " + invitation.sessionId() + " was not sent: " + e);
            sessions.recordInvitationOutcome(invitation.sessionId(), false, "mail server: " + e.getMessage());
        }
    }

    private MimeMessage compose(InvitationRequested inv) throws MessagingException {
        InvitationText text = new InvitationText(inv.locale());
        String validUntil = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(inv.locale())
                .withZone(ZoneOffset.UTC).format(inv.validUntil()) + " UTC";

        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text.plain(inv.technicianName(), inv.companyName(), inv.deploymentLink(), validUntil), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(text.html(inv.technicianName(), inv.companyName(), inv.deploymentLink(), validUntil),
                "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative", plain, html);

        MimeMessage message = new MimeMessage(mailSession);
        // The sender is the mail session's configured address (adhoc.mail.from); replies reach
        // the technician, whom the end user knows.
        message.setFrom();
        message.setReplyTo(new InternetAddress[] {replyTo(inv)});
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(inv.endUserEmail(), true));
        message.setSubject(text.subject(inv.companyName()), "UTF-8");
        message.setContent(alternative);
        message.setHeader("Content-Language", inv.locale().toLanguageTag());
        return message;
    }

    private static InternetAddress replyTo(InvitationRequested inv) throws MessagingException {
        try {
            return new InternetAddress(inv.technicianEmail(), inv.technicianName(), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is always supported", e);
        }
    }
}

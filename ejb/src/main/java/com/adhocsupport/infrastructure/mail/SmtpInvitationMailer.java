package com.adhocsupport.infrastructure.mail;

import com.adhocsupport.application.InvitationMailer;
import com.adhocsupport.application.InvitationNotSentException;
import com.adhocsupport.application.InvitationRequested;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
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

/**
 * Sends the invitation e-mail (plain text and HTML, in the technician's language) through the
 * server's mail session.
 */
@ApplicationScoped
public class SmtpInvitationMailer implements InvitationMailer {

    @Resource(lookup = "java:jboss/mail/AdHoc")
    Session mailSession;

    @Override
    public void send(InvitationRequested invitation) {
        try {
            Transport.send(compose(invitation));
        } catch (MessagingException e) {
            throw new InvitationNotSentException(e);
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

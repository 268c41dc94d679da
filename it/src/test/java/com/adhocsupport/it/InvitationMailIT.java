package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adhocsupport.application.AccountService;
import com.adhocsupport.application.AdHocSessionService;
import com.adhocsupport.application.AdHocSessionService.NewSession;
import com.adhocsupport.domain.audit.AuditAction;
import com.adhocsupport.domain.audit.AuditEvent;
import com.adhocsupport.domain.audit.AuditRepository;
import com.adhocsupport.domain.company.Plan;
import com.adhocsupport.domain.technician.Role;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The invitation e-mail, received by a real SMTP server, and the deployment link it carries. */
@ExtendWith(ArquillianExtension.class)
class InvitationMailIT {

    private static final String WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36";
    private static final String MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Version/17.5 Safari/605.1.15";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWith(InvitationMailIT.class);
    }

    @EJB
    AdHocSessionService sessions;
    @EJB
    AccountService accounts;
    @Inject
    Fixtures fixtures;
    @Inject
    AuditRepository audit;

    private static MimeMessage parse(String raw) throws Exception {
        return new MimeMessage(null, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }

    private static String part(MimeMessage message, int index) throws Exception {
        BodyPart part = ((Multipart) message.getContent()).getBodyPart(index);
        return (String) part.getContent();
    }

    private static HttpResponse<String> open(String link, String userAgent, String language) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(link)).header("User-Agent", userAgent)
                .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theEndUserReceivesInstructionsAndAWorkingLinkInPlainTextAndHtml() throws Exception {
        Fixtures.Login login = fixtures.login(fixtures.company(Plan.BASE, false, 5), Role.TECHNICIAN, true);
        long technician = login.id();
        String endUser = Fixtures.endUser();
        NewSession session = sessions.start(technician, endUser, Fixtures.PASSWORD, Fixtures.PASSWORD, null);

        MimeMessage mail = parse(MailCatcher.awaitMessages(endUser, 1).get(0));
        assertEquals("AdHoc Support <adhoc-support@localhost>", mail.getHeader("From", ","),
                "a From: header naming the configured sender, which real mail servers require");
        assertEquals(login.email(), ((InternetAddress) mail.getReplyTo()[0]).getAddress(),
                "replies go to the technician");
        assertTrue(mail.getSubject().startsWith("Remote support from Company "), mail.getSubject());
        assertTrue(mail.getContentType().startsWith("multipart/alternative"), mail.getContentType());
        assertTrue(part(mail, 0).contains(session.deploymentLink()));
        assertTrue(part(mail, 1).contains("href=\"" + session.deploymentLink() + "\""));
        assertTrue(!part(mail, 0).contains(session.securityCode()), "the code travels by another channel");

        HttpResponse<String> page = open(session.deploymentLink(), WINDOWS, "en");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Download the support app"));
        assertTrue(page.body().contains("/AdHocSupport_" + session.deploymentLink().substring(session.deploymentLink().lastIndexOf('/') + 1) + ".msi"));

        assertNotNull(sessions.openSession(technician).orElseThrow().emailSentAt());
        assertTrue(audit.findBySession(session.sessionId()).stream().map(AuditEvent::getAction).toList()
                .contains(AuditAction.INVITATION_SENT));
    }

    @Test
    void anItalianTechnicianSendsItalianMail() throws Exception {
        long technician = fixtures.technician(fixtures.company(Plan.BASE, false, 5));
        accounts.changeLocale(technician, Locale.ITALIAN);
        String endUser = Fixtures.endUser();
        sessions.start(technician, endUser, Fixtures.PASSWORD, Fixtures.PASSWORD, null);

        MimeMessage mail = parse(MailCatcher.awaitMessages(endUser, 1).get(0));
        assertTrue(mail.getSubject().startsWith("Assistenza remota da "), mail.getSubject());
        assertTrue(part(mail, 0).contains("codice di sicurezza"));
    }

    @Test
    void aResentInvitationCarriesANewLinkAndTheOldOneHasExpired() throws Exception {
        long technician = fixtures.technician(fixtures.company(Plan.BASE, false, 5));
        String endUser = Fixtures.endUser();
        NewSession session = sessions.start(technician, endUser, Fixtures.PASSWORD, Fixtures.PASSWORD, null);
        String newLink = sessions.resendInvitation(technician, session.sessionId(), null);

        List<String> mails = MailCatcher.awaitMessages(endUser, 2);
        assertTrue(part(parse(mails.get(1)), 0).contains(newLink));
        HttpResponse<String> old = open(session.deploymentLink(), WINDOWS, "en");
        assertEquals(410, old.statusCode());
        assertTrue(old.body().contains("This support session instance has expired"));
        assertEquals(200, open(newLink, WINDOWS, "it").statusCode());
    }

    @Test
    void theLinkPageSpeaksTheVisitorsLanguageAndTurnsAwayMacs() throws Exception {
        long technician = fixtures.technician(fixtures.company(Plan.BASE, false, 5));
        NewSession session = fixtures.invite(technician);

        assertTrue(open(session.deploymentLink(), WINDOWS, "it-IT,it;q=0.9").body().contains("Scarica l'app di assistenza"));
        HttpResponse<String> mac = open(session.deploymentLink(), MAC, "en");
        assertTrue(mac.body().contains("runs on Windows PCs only"), mac.body());

        sessions.end(technician, session.sessionId(), null);
        assertEquals(410, open(session.deploymentLink(), WINDOWS, "en").statusCode());
    }
}

package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adhocsupport.application.AdHocSessionService.NewSession;
import com.adhocsupport.application.AgentSessionService;
import com.adhocsupport.application.AgentSessionService.ComputerInfo;
import com.adhocsupport.domain.audit.AuditAction;
import com.adhocsupport.domain.audit.AuditRepository;
import com.adhocsupport.domain.company.Plan;
import com.adhocsupport.domain.technician.Role;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A technician of one company forges the connect form with another company's session id, and
 * looks for that company's PC on the Computers page and behind its connect address, over HTTP as
 * an attacker's script would. The data is made inside the server; the attack comes
 * through the server's own HTTP port, signed in as that technician.
 */
@ExtendWith(ArquillianExtension.class)
class ConnectTenancyIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWith(ConnectTenancyIT.class, ConsoleClient.class);
    }

    @Inject
    Fixtures fixtures;
    @Inject
    AuditRepository audit;
    @EJB
    AgentSessionService agents;

    private ConsoleClient signedIn(Fixtures.Login technician) throws Exception {
        return new ConsoleClient("http://localhost:" + ServerAddress.httpPort()).signIn(technician.email(), Fixtures.LOGIN_PASSWORD);
    }

    /** The session's PC activates it, as the agent would, under a name of its own. */
    private String activatedPc(NewSession session) {
        String name = "PC-" + UUID.randomUUID().toString().substring(0, 8);
        agents.activate(Fixtures.token(session), session.securityCode(), new ComputerInfo(name, "Windows 11"), "192.0.2.71");
        return name;
    }

    /** A connect link of the Computers page to this session (the page escapes its ampersands). */
    private static Pattern connectLink(NewSession session) {
        return Pattern.compile("connect\\.xhtml\\?session=" + session.sessionId() + "&(amp;)?feature=");
    }

    private void assertUntouchedBy(NewSession victim, Fixtures.Login attacker) {
        assertTrue(audit.findBySession(victim.sessionId()).stream()
                .noneMatch(e -> e.getActor().equals(attacker.email()) || e.getAction() == AuditAction.CONNECTION_AUTHORIZED),
                "nothing happened to the other company's session");
    }

    @Test
    void anotherCompanysSessionIdInTheConnectFormIsNotFoundAndLeaksNothing() throws Exception {
        NewSession victim = fixtures.invite(fixtures.technician(fixtures.company(Plan.BASE, true, 5)));
        Fixtures.Login attacker = fixtures.login(fixtures.company(Plan.BASE, true, 5), Role.TECHNICIAN, true);
        NewSession own = fixtures.invite(attacker.id());

        ConsoleClient browser = signedIn(attacker);
        String form = browser.page("/app/connect.xhtml?session=" + own.sessionId() + "&feature=REMOTE_CONTROL");
        String answer = browser.submit(form, "connect-form", Map.of("password", Fixtures.PASSWORD), "connect",
                Map.of("session", String.valueOf(victim.sessionId())));

        assertTrue(answer.contains("This session does not exist or is not yours to open."), answer);
        assertFalse(answer.contains("data-ticket"), "no viewer, no ticket");
        assertFalse(answer.contains("Exception") || answer.contains("at com.") || answer.contains("at org."), "no stack trace");
        assertUntouchedBy(victim, attacker);
    }

    @Test
    void anotherCompanysComputerIsNeitherListedNorReachableFromTheComputersPage() throws Exception {
        NewSession victim = fixtures.invite(fixtures.technician(fixtures.company(Plan.BASE, true, 5)));
        String victimPc = activatedPc(victim);
        Fixtures.Login attacker = fixtures.login(fixtures.company(Plan.BASE, true, 5), Role.TECHNICIAN, true);
        NewSession own = fixtures.invite(attacker.id());
        String ownPc = activatedPc(own);

        ConsoleClient browser = signedIn(attacker);
        String computers = browser.page("/app/computers.xhtml");
        assertTrue(computers.contains(ownPc) && connectLink(own).matcher(computers).find(), "the own PC with its actions: " + computers);
        assertFalse(computers.contains(victimPc) || connectLink(victim).matcher(computers).find(), computers);

        String prompt = browser.page("/app/connect.xhtml?session=" + victim.sessionId() + "&feature=REMOTE_CONTROL&from=computers");
        assertTrue(prompt.contains("This session does not exist or is not yours to open."), prompt);
        assertFalse(prompt.contains("connect-form") || prompt.contains(victimPc), "no prompt, nothing of the PC");
        assertUntouchedBy(victim, attacker);
    }
}

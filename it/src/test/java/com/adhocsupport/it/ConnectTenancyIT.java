package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adhocsupport.application.AdHocSessionService.NewSession;
import com.adhocsupport.domain.audit.AuditAction;
import com.adhocsupport.domain.audit.AuditRepository;
import com.adhocsupport.domain.company.Plan;
import com.adhocsupport.domain.technician.Role;
import jakarta.inject.Inject;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A technician of one company forges the connect form with another company's session id, over
 * HTTP as an attacker's script would. The data is made inside the server; the attack comes
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

    @Test
    void anotherCompanysSessionIdInTheConnectFormIsNotFoundAndLeaksNothing() throws Exception {
        NewSession victim = fixtures.invite(fixtures.technician(fixtures.company(Plan.BASE, true, 5)));
        Fixtures.Login attacker = fixtures.login(fixtures.company(Plan.BASE, true, 5), Role.TECHNICIAN, true);
        NewSession own = fixtures.invite(attacker.id());

        ConsoleClient browser = new ConsoleClient("http://localhost:" + ServerAddress.httpPort()).signIn(attacker.email(), Fixtures.LOGIN_PASSWORD);
        String form = browser.page("/app/connect.xhtml?session=" + own.sessionId() + "&feature=REMOTE_CONTROL");
        String answer = browser.submit(form, "connect-form", Map.of("password", Fixtures.PASSWORD), "connect",
                Map.of("session", String.valueOf(victim.sessionId())));

        assertTrue(answer.contains("This session does not exist or is not yours to open."), answer);
        assertFalse(answer.contains("data-ticket"), "no viewer, no ticket");
        assertFalse(answer.contains("Exception") || answer.contains("at com.") || answer.contains("at org."), "no stack trace");
        assertTrue(audit.findBySession(victim.sessionId()).stream()
                .noneMatch(e -> e.getActor().equals(attacker.email()) || e.getAction() == AuditAction.CONNECTION_AUTHORIZED),
                "nothing happened to the other company's session");
    }
}

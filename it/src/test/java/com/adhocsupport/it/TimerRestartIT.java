package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.adhocsupport.application.AdHocSessionService;
import com.adhocsupport.application.AdHocSessionService.NewSession;
import com.adhocsupport.application.AgentSessionService;
import com.adhocsupport.application.AgentSessionService.ComputerInfo;
import com.adhocsupport.domain.company.Plan;
import com.adhocsupport.domain.session.EndReason;
import com.adhocsupport.domain.session.SessionState;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A session activated before the server restarts still ends on time after it: the timer lives
 * in the database, not in memory. The server is reloaded (every service and deployment stops
 * and starts again) between the first and the last step.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TimerRestartIT {

    /** Carries the session across the reload: system properties outlive deployments. */
    private static final String SESSION = "adhoc.it.restart.session";
    private static final String TECHNICIAN = "adhoc.it.restart.technician";
    /** The deployment's class loader before the reload: a real reload deploys the archive anew. */
    private static final String LOADER = "adhoc.it.restart.loader";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWith(TimerRestartIT.class, SessionTimersIT.class);
    }

    @EJB
    AdHocSessionService sessions;
    @EJB
    AgentSessionService agents;
    @Inject
    Fixtures fixtures;

    @Test
    @Order(1)
    void activateASessionThatLivesTwentySeconds() {
        System.setProperty(SessionTimersIT.SESSION_LIFETIME, "PT20S");
        try {
            long technician = fixtures.technician(fixtures.company(Plan.BASE, false, 5));
            NewSession session = fixtures.invite(technician);
            String token = Fixtures.token(session);
            agents.activate(token, session.securityCode(), new ComputerInfo("PC", "Windows"), null);
            assertEquals(SessionState.ACTIVE, sessions.session(technician, session.sessionId()).state());
            System.setProperty(SESSION, String.valueOf(session.sessionId()));
            System.setProperty(TECHNICIAN, String.valueOf(technician));
            System.setProperty(LOADER, loaderIdentity());
        } finally {
            System.setProperty(SessionTimersIT.SESSION_LIFETIME, SessionTimersIT.PRODUCT_DEFAULT);
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void restartTheServer(@ArquillianResource ManagementClient management) throws Exception {
        ModelNode reload = new ModelNode();
        reload.get("operation").set("reload");
        reload.get("address").setEmptyList();
        ModelNode outcome = management.getControllerClient().execute(reload);
        assertEquals("success", outcome.get("outcome").asString(), outcome.toString());
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            try {
                if (management.isServerInRunningState()) {
                    return;
                }
            } catch (RuntimeException stillStarting) {
                // the management interface is down while the server reloads
            }
        }
        throw new AssertionError("the server did not come back within 90 s");
    }

    @Test
    @Order(3)
    void theSessionStillEndsOnTime() throws Exception {
        assertNotEquals(System.getProperty(LOADER), loaderIdentity(),
                "the server really reloaded: the deployment runs in a new class loader");
        long sessionId = Long.parseLong(System.getProperty(SESSION));
        long technician = Long.parseLong(System.getProperty(TECHNICIAN));
        assertEquals(EndReason.EXPIRED, SessionTimersIT.awaitEnd(sessions, technician, sessionId, Duration.ofSeconds(60)));
    }

    private static String loaderIdentity() {
        return String.valueOf(System.identityHashCode(TimerRestartIT.class.getClassLoader()));
    }
}

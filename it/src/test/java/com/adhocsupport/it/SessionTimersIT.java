package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adhocsupport.application.ActivationResult;
import com.adhocsupport.application.ActivationResult.Provisioned;
import com.adhocsupport.application.ActivationResult.Refused;
import com.adhocsupport.application.AdHocSessionService;
import com.adhocsupport.application.AdHocSessionService.NewSession;
import com.adhocsupport.application.AgentSessionService;
import com.adhocsupport.application.AgentSessionService.ComputerInfo;
import com.adhocsupport.domain.audit.AuditAction;
import com.adhocsupport.domain.audit.AuditEvent;
import com.adhocsupport.domain.audit.AuditRepository;
import com.adhocsupport.domain.company.Plan;
import com.adhocsupport.domain.session.ActivationRefusal;
import com.adhocsupport.domain.session.EndReason;
import com.adhocsupport.domain.session.SessionState;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Lifetimes shortened to seconds: the persistent timers end sessions by themselves, once. */
@ExtendWith(ArquillianExtension.class)
class SessionTimersIT {

    static final String SESSION_LIFETIME = "adhoc.session.lifetime";
    static final String INVITATION_LIFETIME = "adhoc.invitation.lifetime";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWith(SessionTimersIT.class);
    }

    @EJB
    AdHocSessionService sessions;
    @EJB
    AgentSessionService agents;
    @Inject
    Fixtures fixtures;
    @Inject
    AuditRepository audit;

    /** Blank, as the development configuration leaves them: the defaults of adhoc-defaults.properties. */
    static final String PRODUCT_DEFAULT = "";

    @AfterEach
    void productDefaults() {
        System.setProperty(SESSION_LIFETIME, PRODUCT_DEFAULT);
        System.setProperty(INVITATION_LIFETIME, PRODUCT_DEFAULT);
    }

    static EndReason awaitEnd(AdHocSessionService sessions, long technician, long sessionId, Duration within)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (sessions.session(technician, sessionId).state() == SessionState.ENDED) {
                return sessions.session(technician, sessionId).endReason();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("session " + sessionId + " did not end within " + within);
    }

    @Test
    void anActiveSessionEndsWhenItsLifetimeRunsOut() throws Exception {
        System.setProperty(SESSION_LIFETIME, "PT4S");
        long technician = fixtures.technician(fixtures.company(Plan.BASE, false, 5));
        NewSession session = fixtures.invite(technician);
        Provisioned done = (Provisioned) agents.activate(Fixtures.token(session),
                session.securityCode(), new ComputerInfo("PC", "Windows"), null);

        assertEquals(EndReason.EXPIRED, awaitEnd(sessions, technician, session.sessionId(), Duration.ofSeconds(20)));
        assertTrue(sessions.adHocComputers(technician).isEmpty(), "the seat is free again");
        assertTrue(agents.reconnect(done.credential(), null).isEmpty(), "the agent is told to remove itself");
        List<AuditEvent> ends = audit.findBySession(session.sessionId()).stream()
                .filter(e -> e.getAction() == AuditAction.SESSION_ENDED).toList();
        assertEquals(1, ends.size(), "ends exactly once");
        assertEquals(AuditEvent.SYSTEM, ends.get(0).getActor());
    }

    @Test
    void anUnusedInvitationEndsWhenItsLifetimeRunsOut() throws Exception {
        System.setProperty(INVITATION_LIFETIME, "PT3S");
        long technician = fixtures.technician(fixtures.company(Plan.BASE, false, 5));
        NewSession session = fixtures.invite(technician);

        assertEquals(EndReason.INVITATION_EXPIRED, awaitEnd(sessions, technician, session.sessionId(), Duration.ofSeconds(20)));
        assertTrue(sessions.openSession(technician).isEmpty(), "the technician may start a new session");
    }

    @Test
    void aSessionPastItsDeadlineIsRefusedEvenBeforeItsTimerRuns() throws Exception {
        System.setProperty(INVITATION_LIFETIME, "PT2S");
        long technician = fixtures.technician(fixtures.company(Plan.BASE, false, 5));
        NewSession session = fixtures.invite(technician);
        Thread.sleep(2100);
        // Whichever comes first, the timer or this call, the PC hears that the session has expired.
        ActivationResult result = agents.activate(Fixtures.token(session),
                session.securityCode(), new ComputerInfo("PC", "Windows"), null);
        assertEquals(ActivationRefusal.EXPIRED, assertInstanceOf(Refused.class, result).refusal());
    }
}

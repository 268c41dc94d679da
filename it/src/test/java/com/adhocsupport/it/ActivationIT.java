package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adhocsupport.application.ActivationResult;
import com.adhocsupport.application.ActivationResult.Provisioned;
import com.adhocsupport.application.ActivationResult.Refused;
import com.adhocsupport.application.AdHocSessionService;
import com.adhocsupport.application.AdHocSessionService.NewSession;
import com.adhocsupport.application.AgentSessionService;
import com.adhocsupport.application.AgentSessionService.ComputerInfo;
import com.adhocsupport.application.SessionSummary;
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
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The PC's side: the security code, the product's refusal messages, online state, and ends that free the seat. */
@ExtendWith(ArquillianExtension.class)
class ActivationIT {

    private static final ComputerInfo PC = new ComputerInfo("PC-ROSSI", "Windows 11 Pro 10.0.22631");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWith(ActivationIT.class);
    }

    @EJB
    AdHocSessionService sessions;
    @EJB
    AgentSessionService agents;
    @Inject
    Fixtures fixtures;
    @Inject
    AuditRepository audit;

    private long technician;

    private NewSession invite() {
        technician = fixtures.technician(fixtures.company(Plan.BASE, true, 5));
        return fixtures.invite(technician);
    }

    private ActivationResult activate(NewSession session, String code) {
        return agents.activate(Fixtures.token(session), code, PC, "192.0.2.10");
    }

    private static ActivationRefusal refusal(ActivationResult result) {
        return assertInstanceOf(Refused.class, result).refusal();
    }

    private List<AuditAction> actions(long sessionId) {
        return audit.findBySession(sessionId).stream().map(AuditEvent::getAction).toList();
    }

    @Test
    void theRightCodeActivatesForTwentyFourHoursAndHandsOverThePassword() {
        NewSession session = invite();
        Provisioned done = assertInstanceOf(Provisioned.class, activate(session, session.securityCode()));

        assertEquals(Fixtures.PASSWORD, done.accessPassword());
        assertTrue(done.credential().matches("[A-Za-z0-9_-]{43}"));
        SessionSummary active = sessions.openSession(technician).orElseThrow();
        assertEquals(SessionState.ACTIVE, active.state());
        assertEquals(Duration.ofHours(24), Duration.between(active.activatedAt(), active.expiresAt()));
        assertEquals("PC-ROSSI", active.computer().name());
        assertTrue(active.computer().online());
        assertEquals(1, sessions.adHocComputers(technician).size());
        assertTrue(actions(session.sessionId()).contains(AuditAction.SESSION_ACTIVATED));
    }

    @Test
    void aWrongCodeIsInvalidAndAudited() {
        NewSession session = invite();
        assertEquals(ActivationRefusal.INVALID_CODE, refusal(activate(session, "000000000")));
        assertEquals("Invalid security code", ActivationRefusal.INVALID_CODE.message());
        assertTrue(actions(session.sessionId()).contains(AuditAction.CODE_REJECTED));
        assertEquals(SessionState.PENDING, sessions.openSession(technician).orElseThrow().state());
        assertInstanceOf(Provisioned.class, activate(session, " " + session.securityCode().substring(0, 3) + " "
                + session.securityCode().substring(3)));
    }

    @Test
    void fiveWrongCodesLockEvenTheRightOne() {
        NewSession session = invite();
        for (int i = 0; i < 5; i++) {
            refusal(activate(session, "11111111" + i));
        }
        assertEquals(ActivationRefusal.INVALID_CODE, refusal(activate(session, session.securityCode())));
    }

    @Test
    void aUsedLinkGivesInvalidCodeWhileTheSessionRuns() {
        NewSession session = invite();
        activate(session, session.securityCode());
        assertEquals(ActivationRefusal.INVALID_CODE, refusal(activate(session, session.securityCode())));
    }

    @Test
    void anEndedSessionOrAnUnknownLinkHasExpired() {
        NewSession session = invite();
        sessions.end(technician, session.sessionId(), null);
        assertEquals(ActivationRefusal.EXPIRED, refusal(activate(session, session.securityCode())));
        assertEquals(ActivationRefusal.EXPIRED, refusal(agents.activate("x".repeat(43), "123456789", PC, null)));
        assertEquals(ActivationRefusal.EXPIRED, refusal(agents.activate(null, null, PC, null)));
        assertTrue(ActivationRefusal.EXPIRED.message().startsWith("Support session did not start."));
    }

    @Test
    void theLinkOfAnEarlierEmailHasExpiredAfterAResend() {
        NewSession session = invite();
        String newLink = sessions.resendInvitation(technician, session.sessionId(), null);
        assertEquals(ActivationRefusal.EXPIRED, refusal(activate(session, session.securityCode())));
        assertInstanceOf(Provisioned.class, agents.activate(newLink.substring(newLink.lastIndexOf('/') + 1),
                session.securityCode(), PC, null));
    }

    @Test
    void thePcGoesOfflineAndComesBackWithItsCredential() {
        NewSession session = invite();
        Provisioned done = (Provisioned) activate(session, session.securityCode());
        agents.disconnected(done.credential(), null);
        SessionSummary offline = sessions.openSession(technician).orElseThrow();
        assertFalse(offline.computer().online());
        assertEquals(SessionState.ACTIVE, offline.state());

        assertTrue(agents.reconnect(done.credential(), null).orElseThrow().computer().online());
        assertTrue(agents.reconnect("not-a-credential", null).isEmpty());
        assertTrue(actions(session.sessionId()).containsAll(List.of(AuditAction.COMPUTER_OFFLINE, AuditAction.COMPUTER_ONLINE)));
    }

    @Test
    void deletingTheComputerEndsTheSessionAndFreesTheSeat() {
        NewSession session = invite();
        Provisioned done = (Provisioned) activate(session, session.securityCode());
        long computer = sessions.adHocComputers(technician).get(0).computer().id();

        sessions.deleteComputer(technician, computer, null);

        assertTrue(sessions.adHocComputers(technician).isEmpty());
        assertEquals(EndReason.COMPUTER_DELETED, sessions.session(technician, session.sessionId()).endReason());
        assertTrue(agents.reconnect(done.credential(), null).isEmpty(), "the agent is told to remove itself");
        assertTrue(actions(session.sessionId()).contains(AuditAction.COMPUTER_DELETED));
    }

    @Test
    void aRefusedPasswordEndsTheSessionForPasswordPolicy() {
        NewSession session = invite();
        Provisioned done = (Provisioned) activate(session, session.securityCode());
        agents.accountRefused(done.credential(), null);
        assertEquals(EndReason.PASSWORD_POLICY, sessions.session(technician, session.sessionId()).endReason());
        assertEquals("Group policy may have prevented the session from starting", ActivationRefusal.PASSWORD_POLICY.message());
    }

    @Test
    void theEndUserCanEndTheSessionFromThePc() {
        NewSession session = invite();
        Provisioned done = (Provisioned) activate(session, session.securityCode());
        agents.endedByUser(done.credential(), null);
        assertEquals(EndReason.ENDED_BY_USER, sessions.session(technician, session.sessionId()).endReason());
        assertTrue(sessions.openSession(technician).isEmpty());
    }
}

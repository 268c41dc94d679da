package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertNull;
import com.adhocsupport.application.SessionSummary.ComputerSummary;
import java.time.temporal.ChronoUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adhocsupport.application.AdHocSessionService;
import com.adhocsupport.application.AdHocSessionService.NewSession;
import com.adhocsupport.domain.company.Plan;
import com.adhocsupport.domain.session.EndReason;
import com.adhocsupport.domain.session.SessionState;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The agent's WebSocket endpoint, spoken to as the agent does (docs/protocol.md), including bad clients. */
@ExtendWith(ArquillianExtension.class)
class AgentProtocolIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWith(AgentProtocolIT.class, AgentClient.class);
    }

    @EJB
    AdHocSessionService sessions;
    @Inject
    Fixtures fixtures;

    private long technician;

    private NewSession invite() {
        technician = fixtures.technician(fixtures.company(Plan.BASE, true, 5));
        return fixtures.invite(technician);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        await(condition, what, 10);
    }

    private static void await(BooleanSupplier condition, String what, int seconds) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(seconds);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void activatesThenGoesOfflineAndComesBackWithItsCredential() throws Exception {
        NewSession session = invite();
        String credential;
        try (AgentClient agent = AgentClient.connect()) {
            agent.send("{\"type\":\"activate\",\"token\":\"" + Fixtures.token(session) + "\",\"code\":\"" + session.securityCode()
                    + "\",\"computer\":{\"name\":\"PC-BIANCHI\",\"os\":\"Windows 10 Pro\"}}");
            JsonObject provision = agent.next();
            assertEquals("provision", provision.getString("type"));
            assertFalse(provision.getJsonObject("account").containsKey("name"), "the account's name is the agent's own");
            assertEquals(Fixtures.PASSWORD, provision.getJsonObject("account").getString("password"));
            agent.send("{\"type\":\"provisioned\",\"ok\":true}");
            JsonObject activated = agent.next();
            assertEquals("activated", activated.getString("type"));
            credential = activated.getString("credential");
            assertEquals(SessionState.ACTIVE, sessions.openSession(technician).orElseThrow().state());
            assertEquals("PC-BIANCHI", sessions.openSession(technician).orElseThrow().computer().name());

            agent.send("{\"type\":\"ping\",\"t\":12345}");
            JsonObject pong = agent.next();
            assertEquals("pong", pong.getString("type"));
            assertEquals(12345, pong.getJsonNumber("t").longValue());
        }
        await(() -> !sessions.openSession(technician).orElseThrow().computer().online(), "offline after the connection closed");
        assertEquals(SessionState.ACTIVE, sessions.openSession(technician).orElseThrow().state(), "offline is not the end");

        try (AgentClient agent = AgentClient.connect()) {
            agent.send("{\"type\":\"hello\",\"sessionId\":\"" + session.sessionId() + "\",\"credential\":\"" + credential + "\"}");
            assertEquals("welcome", agent.next().getString("type"));
            assertTrue(sessions.openSession(technician).orElseThrow().computer().online());
        }
    }

    /**
     * Heartbeats write nothing: the node holding a PC's connection vouches for it every 10 s. A PC
     * left online by a node that died (and that did not come back through another) goes offline
     * after 60 s of silence, from the moment it was last heard.
     */
    @Test
    void theNodeVouchesForItsPcsAndAPcNoNodeHoldsGoesOfflineFromWhenItWasLastHeard() throws Exception {
        NewSession session = invite();
        try (AgentClient agent = AgentClient.connect()) {
            agent.send("{\"type\":\"activate\",\"token\":\"" + Fixtures.token(session) + "\",\"code\":\"" + session.securityCode()
                    + "\",\"computer\":{\"name\":\"PC-SILENT\"}}");
            assertEquals("provision", agent.next().getString("type"));
            agent.send("{\"type\":\"provisioned\",\"ok\":true}");
            assertEquals("activated", agent.next().getString("type"));
            Instant activated = computer().lastOnline();
            await(() -> computer().lastOnline().isAfter(activated), "last online moves on while connected, with no heartbeat sent", 25);
            assertTrue(computer().online());
        }
        await(() -> !computer().online(), "offline after the connection closed");

        Instant lastHeard = Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.SECONDS);
        fixtures.pcLeftOnlineByALostNode(session.sessionId(), lastHeard);
        assertTrue(computer().online(), "the lost node left it online");
        await(() -> !computer().online(), "a PC no node vouches for goes offline", 25);
        assertEquals(lastHeard, computer().lastOnline(), "offline from when it was last heard");
        assertNull(computer().onlineSince());
    }

    /**
     * A session whose expiry timer died with its node: the next presence round of a node still
     * running ends it (it would count against the limits until a survivor's timer refresh) and
     * tells the PC connected there.
     */
    @Test
    void aSessionPastItsDeadlineWhoseTimerWasOnALostNodeEndsAtTheNextRound() throws Exception {
        NewSession session = invite();
        try (AgentClient agent = AgentClient.connect().timeout(25_000)) {
            agent.activate(Fixtures.token(session), session.securityCode());
            fixtures.deadlinePassedWhileItsTimerWasOnALostNode(session.sessionId(), Instant.now().minusSeconds(1));
            assertEquals("EXPIRED", agent.next("end").getString("reason"));
        }
        assertEquals(EndReason.EXPIRED, sessions.session(technician, session.sessionId()).endReason());
        assertTrue(sessions.adHocComputers(technician).isEmpty(), "the seat is free again");
    }

    private ComputerSummary computer() {
        return sessions.openSession(technician).orElseThrow().computer();
    }

    @Test
    void aWrongCodeIsRefusedVerbatimAndTheAgentMayRetry() throws Exception {
        NewSession session = invite();
        try (AgentClient agent = AgentClient.connect()) {
            JsonObject refused = agent.activate(Fixtures.token(session), "999999999");
            assertEquals("refused", refused.getString("type"));
            assertEquals("INVALID_CODE", refused.getString("reason"));
            assertEquals("Invalid security code", refused.getString("message"));
            assertEquals("activated", agent.activate(Fixtures.token(session), session.securityCode()).getString("type"));
        }
    }

    @Test
    void anExpiredLinkGetsTheProductsMessage() throws Exception {
        NewSession session = invite();
        sessions.end(technician, session.sessionId(), null);
        try (AgentClient agent = AgentClient.connect()) {
            JsonObject refused = agent.activate(Fixtures.token(session), session.securityCode());
            assertEquals("EXPIRED", refused.getString("reason"));
            assertEquals("Support session did not start. This support session instance has expired. "
                    + "Inform your support technician of this message.", refused.getString("message"));
        }
    }

    @Test
    void aRefusedHiddenAccountEndsTheSessionForPasswordPolicy() throws Exception {
        NewSession session = invite();
        try (AgentClient agent = AgentClient.connect()) {
            agent.send("{\"type\":\"activate\",\"token\":\"" + Fixtures.token(session) + "\",\"code\":\"" + session.securityCode() + "\"}");
            assertEquals("provision", agent.next().getString("type"));
            agent.send("{\"type\":\"provisioned\",\"ok\":false,\"reason\":\"PASSWORD_POLICY\"}");
            JsonObject refused = agent.next();
            assertEquals("Group policy may have prevented the session from starting", refused.getString("message"));
        }
        assertEquals(EndReason.PASSWORD_POLICY, sessions.session(technician, session.sessionId()).endReason());
    }

    @Test
    void theConnectedAgentHearsAtOnceThatTheTechnicianEndedTheSession() throws Exception {
        NewSession session = invite();
        try (AgentClient agent = AgentClient.connect()) {
            agent.activate(Fixtures.token(session), session.securityCode());
            sessions.end(technician, session.sessionId(), null);
            JsonObject end = agent.next();
            assertEquals("end", end.getString("type"));
            assertEquals("ENDED_BY_TECHNICIAN", end.getString("reason"));
            assertEquals(1000, agent.closeCode());
        }
    }

    @Test
    void theEndUserCanEndTheSessionFromThePc() throws Exception {
        NewSession session = invite();
        try (AgentClient agent = AgentClient.connect()) {
            agent.activate(Fixtures.token(session), session.securityCode());
            agent.send("{\"type\":\"endByUser\"}");
            assertEquals("ENDED_BY_USER", agent.next().getString("reason"));
        }
        assertEquals(EndReason.ENDED_BY_USER, sessions.session(technician, session.sessionId()).endReason());
    }

    @Test
    void anUnknownCredentialIsToldToRemoveItself() throws Exception {
        try (AgentClient agent = AgentClient.connect()) {
            agent.send("{\"type\":\"hello\",\"sessionId\":\"1\",\"credential\":\"forged\"}");
            JsonObject end = agent.next();
            assertEquals("end", end.getString("type"));
            assertEquals("EXPIRED", end.getString("reason"));
        }
    }

    @Test
    void aWebPageCannotOpenTheAgentEndpoint() {
        AgentClient.Refused refused = assertThrows(AgentClient.Refused.class,
                () -> AgentClient.connectWithOrigin("https://evil.example"));
        assertEquals(403, refused.status(), "a foreign Origin is forbidden at the handshake");
    }

    @Test
    void badClientsAreClosedWithTheRightCode() throws Exception {
        try (AgentClient malformed = AgentClient.connect()) {
            malformed.send("this is not json");
            assertEquals(1007, malformed.closeCode());
        }
        try (AgentClient oversized = AgentClient.connect()) {
            oversized.send("{\"type\":\"hello\",\"pad\":\"" + "x".repeat(70 * 1024) + "\"}");
            assertEquals(1009, oversized.closeCode());
        }
        try (AgentClient anonymous = AgentClient.connect()) {
            anonymous.send("{\"type\":\"ping\",\"t\":1}");
            assertEquals(1008, anonymous.closeCode());
        }
    }

    @Test
    void tooManyActivationsOnOneConnectionCloseIt() throws Exception {
        NewSession session = invite();
        try (AgentClient agent = AgentClient.connect()) {
            for (int i = 0; i < 10; i++) {
                assertFalse("activated".equals(agent.activate(Fixtures.token(session), "00000000" + i).getString("type")));
            }
            agent.send("{\"type\":\"activate\",\"token\":\"x\",\"code\":\"1\"}");
            assertEquals(1008, agent.closeCode());
        }
    }
}

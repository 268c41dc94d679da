package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adhocsupport.application.AdHocSessionService.NewSession;
import com.adhocsupport.domain.company.Plan;
import com.adhocsupport.domain.technician.Role;
import com.adhocsupport.it.LoopbackHttp.Response;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Guessing from one address across sessions, as an attacker would: security codes at the agent's
 * endpoint, deployment links at the download page, access passwords at the connection prompt.
 * Each attacker has a loopback address of its own (see {@link LoopbackHttp}); the limits are the
 * product's defaults (docs/protocol.md). Runs in the server only to create its own company,
 * technician and session; every attack goes over HTTP or WebSocket.
 */
@ExtendWith(ArquillianExtension.class)
class SourceThrottleIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWith(SourceThrottleIT.class, AgentClient.class, LoopbackHttp.class);
    }

    @Inject
    Fixtures fixtures;


    /** Refused codes, and look-ups of dead links, one address gets in 15 minutes. */
    private static final int PER_SOURCE = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static String guessedToken() {
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    private static JsonObject activate(AgentClient agent) throws Exception {
        agent.send("{\"type\":\"activate\",\"token\":\"" + guessedToken() + "\",\"code\":\"123456789\"}");
        String answer = agent.nextText();
        if (answer == null) {
            throw new AssertionError("closed " + agent.closeCode() + " " + agent.closeReason());
        }
        return Json.createReader(new StringReader(answer)).readObject();
    }

    @Test
    void aCodeSprayAcrossSessionsIsRefusedAfterTheLimitWithTheTimeToWait() throws Exception {
        for (int connection = 0; connection < 2; connection++) {
            try (AgentClient agent = AgentClient.open("127.0.0.130", "/ws/agent")) {
                for (int i = 0; i < PER_SOURCE / 2; i++) {
                    assertEquals("EXPIRED", activate(agent).getString("reason"));
                }
            }
        }
        try (AgentClient agent = AgentClient.open("127.0.0.130", "/ws/agent")) {
            JsonObject refused = activate(agent);
            assertEquals("TOO_MANY_ATTEMPTS", refused.getString("reason"));
            assertEquals("Too many attempts from this network. Try again in 15 minutes.", refused.getString("message"));
            int retryAfter = refused.getInt("retryAfter");
            assertTrue(retryAfter > 14 * 60 && retryAfter <= 15 * 60, "retryAfter " + retryAfter);
        }
        try (AgentClient agent = AgentClient.open("127.0.0.131", "/ws/agent")) {
            assertEquals("EXPIRED", activate(agent).getString("reason"), "another address is not affected");
        }
    }

    @Test
    void guessingDeploymentLinksIsRefusedAfterTheLimitWithTheTimeToWait() {
        LoopbackHttp guesser = new LoopbackHttp("127.0.0.132");
        for (int i = 0; i < PER_SOURCE; i++) {
            assertEquals(410, guesser.get("/d/" + guessedToken()).status());
        }
        Response refused = guesser.get("/d/" + guessedToken());
        assertEquals(429, refused.status());
        long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 14 * 60 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
        assertTrue(refused.body().contains("Too many attempts from your network. Try again in 15 minutes."), refused.body());
        assertEquals(410, new LoopbackHttp("127.0.0.133").get("/d/" + guessedToken()).status(), "another address is not affected");
    }

    @Test
    void guessingAccessPasswordsIsRefusedAfterTheLimitWithTheTimeToWait() throws Exception {
        Fixtures.Login technician = fixtures.login(fixtures.company(Plan.BASE, true, 5), Role.TECHNICIAN, true);
        NewSession session = fixtures.invite(technician.id());
        try (AgentClient agent = AgentClient.connect()) {
            assertEquals("activated", agent.activate(Fixtures.token(session), session.securityCode()).getString("type"));
        }
        LoopbackHttp guesser = new LoopbackHttp("127.0.0.140");
        assertEquals(302, guesser.signIn(technician.email(), Fixtures.LOGIN_PASSWORD).status());
        String prompt = "/app/connect.xhtml?session=" + session.sessionId() + "&feature=REMOTE_CONTROL";
        for (int i = 0; i < PER_SOURCE; i++) {
            assertEquals(200, guessPassword(guesser, prompt, "Guess-" + i).status(), "guess " + (i + 1) + " is answered");
        }
        Response refused = guessPassword(guesser, prompt, Fixtures.PASSWORD);
        assertEquals(429, refused.status(), "even the right password waits once the address is over the limit");
        long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 14 * 60 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
        assertTrue(refused.body().contains("Too many wrong access passwords from your address: try again in 15 minutes."),
                refused.body());
    }

    private static Response guessPassword(LoopbackHttp guesser, String prompt, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("connect-form", "connect-form");
        form.put("connect-form:password", password);
        form.put("connect-form:connect", "Connect");
        form.put("jakarta.faces.ViewState", guesser.get(prompt).viewState());
        return guesser.post(prompt, form);
    }
}

package com.adhocsupport.interfaces.console;

import com.adhocsupport.application.AccountService;
import com.adhocsupport.application.AdHocSessionService;
import com.adhocsupport.application.SessionSummary;
import jakarta.ejb.EJB;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;

/**
 * {@code GET /app/status}: the signed-in technician's open session as JSON, polled by the Ad Hoc
 * Support page so it follows the e-mail and the PC without a reload. Read-only.
 */
@WebServlet("/app/status")
public class SessionStatusServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Looked up once: Json's static factories scan for the provider on every call (see AgentMessages). */
    private static final JsonProvider JSON = JsonProvider.provider();

    @EJB
    private AccountService accounts;
    @EJB
    private AdHocSessionService sessions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        accounts.profile(request.getRemoteUser())
                .flatMap(p -> sessions.openSession(p.id()))
                .ifPresentOrElse(s -> describe(s, json), () -> json.add("state", "NONE"));
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json.build().toString());
    }

    private static void describe(SessionSummary s, JsonObjectBuilder json) {
        json.add("id", s.id()).add("state", s.state().name());
        time(json, "emailSentAt", s.emailSentAt());
        time(json, "expiresAt", s.expiresAt());
        if (s.computer() != null) {
            json.add("online", s.computer().online());
            time(json, "onlineSince", s.computer().onlineSince());
            time(json, "lastOnline", s.computer().lastOnline());
        }
    }

    private static void time(JsonObjectBuilder json, String name, Instant value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}

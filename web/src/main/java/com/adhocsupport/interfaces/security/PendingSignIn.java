package com.adhocsupport.interfaces.security;

import com.adhocsupport.application.SignInResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * "Password verified for this technician at this time", kept only in the HTTP session between the
 * password and the code. The visitor is not signed in meanwhile: every protected page and the
 * viewer's WebSocket stay closed. After {@link #LIFETIME} the password must be given again.
 */
public record PendingSignIn(String email, boolean mustEnrol, Instant verifiedAt) implements Serializable {

    public static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final String ATTRIBUTE = PendingSignIn.class.getName();

    /** Remembers the verified password in the (new) session of {@code request}. */
    public static void start(HttpServletRequest request, SignInResult.SecondStep step, Instant now) {
        request.getSession(true).setAttribute(ATTRIBUTE, new PendingSignIn(step.email(), step.mustEnrol(), now));
    }

    /** The sign-in waiting for its second step, unless there is none or it is too old (then it is forgotten). */
    public static Optional<PendingSignIn> of(HttpServletRequest request, Instant now) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof PendingSignIn pending)) {
            return Optional.empty();
        }
        if (now.isAfter(pending.verifiedAt.plus(LIFETIME))) {
            session.removeAttribute(ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    public static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    /** The page of the second step: the code, or the enrolment the company requires. */
    public String page() {
        return mustEnrol ? "/enrol.xhtml" : "/sign-in-code.xhtml";
    }
}

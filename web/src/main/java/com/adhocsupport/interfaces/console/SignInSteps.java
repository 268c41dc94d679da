package com.adhocsupport.interfaces.console;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import com.adhocsupport.interfaces.security.PendingSignIn;
import com.adhocsupport.interfaces.security.SignInAttempt;
import jakarta.faces.context.FacesContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The steps of a console sign-in as the pages take them: a credential goes to the container (the
 * form mechanism and the identity store). A completed sign-in gets a new HTTP session id (the one
 * the browser had before, perhaps planted by someone else, is worth nothing after it) and forgets
 * the pending one.
 */
final class SignInSteps {

    /**
     * The session attribute in which WildFly's Jakarta Security (Soteria's LoginToContinue) marks an
     * authentication the page started; it is cleared only by a success. Left behind by a refusal, it
     * would make every later request of the session a "caller-initiated" one, and a protected page
     * would answer an empty 200 instead of sending the visitor to the login page.
     */
    private static final String CALLER_INITIATED_MARK = "org.glassfish.soteria.caller_initiated_authentication";

    private SignInSteps() {
    }

    static AuthenticationStatus authenticate(SecurityContext security, Credential credential) {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletRequest request = Faces.request();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) context.getExternalContext().getResponse(),
                withParams().newAuthentication(true).credential(credential));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            context.responseComplete();
        } else if (status == AuthenticationStatus.SUCCESS) {
            PendingSignIn.end(request);
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
        } else if (request.getSession(false) != null) {
            request.getSession().removeAttribute(CALLER_INITIATED_MARK);
        }
        return status;
    }

    /** Says near {@code clientId} why a second-factor code was not taken: the address must wait, the code was used, or wrong. */
    static void codeRefused(SignInAttempt attempt, String clientId) {
        attempt.retryAfter().ifPresentOrElse(wait -> Faces.mustWait(wait, clientId, "login.throttled"),
                () -> Faces.error(clientId, attempt.codeReused() ? "secondFactor.reused" : "secondFactor.wrongCode"));
    }
}

package com.adhocsupport.interfaces.console;

import com.adhocsupport.application.SignInResult;
import com.adhocsupport.interfaces.security.PendingSignIn;
import com.adhocsupport.interfaces.security.SignInAttempt;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;

/**
 * The login screen. A successful sign-in gets a new HTTP session id (see {@link SignInSteps}); a
 * right password of a technician with a second factor leads, in a new session too, to the code
 * page (or to the enrolment the company requires), still signed out; an address that must wait
 * is told for how long, with HTTP 429 and Retry-After.
 */
@Named("login")
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;
    @Inject
    CurrentTechnician me;
    @Inject
    SignInAttempt attempt;
    @Inject
    Clock clock;

    private String email;
    private String password;

    /**
     * A signed-in technician who opens the login page goes to the console; one whose password was
     * right a moment ago goes back to the code (a protected page they asked for sent them here).
     */
    public void skipWhenSignedIn() {
        if (me.isSignedIn()) {
            Faces.redirect("/app/adhoc.xhtml");
        } else {
            PendingSignIn.of(Faces.request(), clock.instant()).ifPresent(pending -> Faces.redirect(pending.page()));
        }
    }

    public String signIn() {
        AuthenticationStatus status = SignInSteps.authenticate(security, new UsernamePasswordCredential(
                email == null ? "" : email.trim(), new Password(password == null ? "" : password)));
        if (status == AuthenticationStatus.SUCCESS) {
            Faces.redirect("/app/adhoc.xhtml");
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            attempt.secondStep().ifPresentOrElse(this::toSecondStep,
                    () -> attempt.retryAfter().ifPresentOrElse(wait -> Faces.mustWait(wait, null, "login.throttled"),
                            () -> Faces.error(null, "login.failed")));
        }
        return null;
    }

    private void toSecondStep(SignInResult.SecondStep step) {
        HttpServletRequest request = Faces.request();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        PendingSignIn.start(request, step, clock.instant());
        Faces.redirect(PendingSignIn.of(request, clock.instant()).orElseThrow().page());
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

package com.adhocsupport.interfaces.console;

import com.adhocsupport.interfaces.security.PendingSignIn;
import com.adhocsupport.interfaces.security.SecondFactorCredential;
import com.adhocsupport.interfaces.security.SignInAttempt;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.util.Optional;

/**
 * The second step of a sign-in: the code of the technician's authenticator app, or a recovery code.
 * Only a visitor whose password was right a few minutes ago, in this HTTP session, gets here.
 */
@Named("signInCode")
@RequestScoped
public class SignInCodePage {

    @Inject
    SecurityContext security;
    @Inject
    SignInAttempt attempt;
    @Inject
    Clock clock;

    private String code;

    /** Without a pending sign-in (none, expired, or one that must enrol) the visitor goes to the right page. */
    public void requirePending() {
        Optional<PendingSignIn> pending = pending();
        if (pending.isEmpty()) {
            Faces.redirect("/login.xhtml");
        } else if (pending.get().mustEnrol()) {
            Faces.redirect(pending.get().page());
        }
    }

    public String verify() {
        Optional<PendingSignIn> pending = pending();
        if (pending.isEmpty()) {
            Faces.redirect("/login.xhtml");
            return null;
        }
        AuthenticationStatus status = SignInSteps.authenticate(security,
                new SecondFactorCredential(pending.get().email(), code == null ? "" : code, null));
        if (status == AuthenticationStatus.SUCCESS) {
            Faces.redirect("/app/adhoc.xhtml");
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            SignInSteps.codeRefused(attempt, "code-form:code");
        }
        return null;
    }

    /** Forgets the verified password: back to the login page. */
    public String startOver() {
        PendingSignIn.end(Faces.request());
        Faces.redirect("/login.xhtml");
        return null;
    }

    public String getEmail() {
        return pending().map(PendingSignIn::email).orElse("");
    }

    private Optional<PendingSignIn> pending() {
        return PendingSignIn.of(Faces.request(), clock.instant());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}

package com.adhocsupport.interfaces.console;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import com.adhocsupport.interfaces.security.SignInAttempt;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The login screen. A successful sign-in gets a new HTTP session id (the one the browser had
 * before, perhaps planted by someone else, is worth nothing after it); an address that must wait
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

    private String email;
    private String password;

    /** A signed-in technician who opens the login page goes to the console. */
    public void skipWhenSignedIn() {
        if (me.isSignedIn()) {
            Faces.redirect("/app/adhoc.xhtml");
        }
    }

    public String signIn() {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
        AuthenticationStatus status = security.authenticate(Faces.request(), response,
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email == null ? "" : email.trim(),
                                new Password(password == null ? "" : password))));
        switch (status) {
            case SEND_CONTINUE:
                context.responseComplete();
                break;
            case SUCCESS:
                HttpServletRequest request = Faces.request();
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                Faces.redirect("/app/adhoc.xhtml");
                break;
            default:
                attempt.retryAfter().ifPresentOrElse(wait -> Faces.mustWait(wait, null, "login.throttled"),
                        () -> Faces.error(null, "login.failed"));
        }
        return null;
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

package com.adhocsupport.interfaces.console;

import com.adhocsupport.application.InvalidInputException;
import com.adhocsupport.application.SecondFactorService;
import com.adhocsupport.application.SecondFactors.Enrolment;
import com.adhocsupport.interfaces.security.PendingSignIn;
import com.adhocsupport.interfaces.security.SecondFactorCredential;
import com.adhocsupport.interfaces.security.SignInAttempt;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Switching two-factor sign-in on: a fresh secret shown once (QR code and text), confirmed with a
 * first code, then the ten recovery codes shown once. From the profile page signed in, or right
 * after the password when the company requires a second factor (the first code then signs in).
 */
@Named("enrolment")
@ViewScoped
public class EnrolmentPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern GROUPS_OF_FOUR = Pattern.compile(".{1,4}");

    @EJB
    SecondFactorService secondFactors;
    @Inject
    CurrentTechnician me;
    @Inject
    SecurityContext security;
    @Inject
    SignInAttempt attempt;
    @Inject
    Clock clock;

    private Enrolment enrolment;
    private String qrCode;
    private String code;
    private List<String> recoveryCodes;

    /** The page right after the password is only for a visitor whose company requires them to enrol now. */
    public void requireEnrolling() {
        if (me.isSignedIn()) {
            Faces.redirect("/app/profile.xhtml");
        } else if (pending().filter(PendingSignIn::mustEnrol).isEmpty()) {
            Faces.redirect("/login.xhtml");
        }
    }

    public String confirm() {
        if (me.isSignedIn()) {
            try {
                recoveryCodes = secondFactors.turnOn(me.id(), enrolment().secret(), code, Faces.remoteAddress());
            } catch (InvalidInputException e) {
                Faces.error("enrol-form:code", e.getMessageKey());
            }
            return null;
        }
        Optional<PendingSignIn> pending = pending().filter(PendingSignIn::mustEnrol);
        if (pending.isEmpty()) {
            Faces.redirect("/login.xhtml");
            return null;
        }
        AuthenticationStatus status = SignInSteps.authenticate(security,
                new SecondFactorCredential(pending.get().email(), code == null ? "" : code, enrolment().secret()));
        if (status == AuthenticationStatus.SUCCESS) {
            recoveryCodes = attempt.newRecoveryCodes();
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            SignInSteps.codeRefused(attempt, "enrol-form:code");
        }
        return null;
    }

    /** The secret of this page, made on first use: for the signed-in technician, or the one whose password was right. */
    private Enrolment enrolment() {
        if (enrolment == null) {
            String email = me.isSignedIn() ? me.get().email() : pending().map(PendingSignIn::email).orElseThrow();
            enrolment = secondFactors.newEnrolment(email);
        }
        return enrolment;
    }

    private Optional<PendingSignIn> pending() {
        return PendingSignIn.of(Faces.request(), clock.instant());
    }

    public String getQrCode() {
        if (qrCode == null) {
            qrCode = QrCodeSvg.of(enrolment().uri());
        }
        return qrCode;
    }

    /** The secret in groups of four characters, easier to type than 32 in a row. */
    public String getSecret() {
        Matcher groups = GROUPS_OF_FOUR.matcher(enrolment().secret());
        StringBuilder text = new StringBuilder();
        while (groups.find()) {
            text.append(text.isEmpty() ? "" : " ").append(groups.group());
        }
        return text.toString();
    }

    public boolean isDone() {
        return recoveryCodes != null;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}

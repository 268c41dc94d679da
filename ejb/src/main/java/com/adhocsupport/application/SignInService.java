package com.adhocsupport.application;

import com.adhocsupport.application.security.PasswordHasher;
import com.adhocsupport.application.throttle.SourceThrottle;
import com.adhocsupport.application.throttle.Throttled;
import com.adhocsupport.domain.audit.AuditAction;
import com.adhocsupport.domain.shared.EmailAddress;
import com.adhocsupport.domain.technician.Technician;
import com.adhocsupport.domain.technician.TechnicianRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Console sign-in and sign-out, audited. Failures are counted per source address (any e-mail) and
 * per e-mail from that address; past either limit the address waits. A lockout therefore never
 * reaches a technician at another address, and every answer that checks a password costs the same
 * PBKDF2 work, whether the account exists, is inactive or is locked. A technician with a second
 * factor (or whose company requires one) is signed in only after its code, which counts like the password.
 */
@Stateless
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());

    @Inject
    TechnicianRepository technicians;
    @Inject
    SourceThrottle throttle;
    @Inject
    AuditTrail audit;
    @Inject
    PasswordHasher hasher;
    @EJB
    SignInFailureAudit failures;
    @Inject
    SecondFactors secondFactors;

    public SignInResult signIn(String email, String password, String source) {
        Optional<Duration> sourceWait = throttle.take(Throttled.SIGN_IN, source);
        if (sourceWait.isPresent()) {
            return new SignInResult.Waiting(sourceWait.get());
        }
        String account = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        account = account.length() > EmailAddress.MAX_LENGTH ? account.substring(0, EmailAddress.MAX_LENGTH) : account;
        Optional<Duration> accountWait = throttle.take(Throttled.SIGN_IN_ACCOUNT, source, account);
        Optional<Technician> found = account.isEmpty() ? Optional.empty() : technicians.findByEmail(account);
        boolean right = hasher.matches(String.valueOf(password),
                found.map(Technician::getPasswordHash).orElse(hasher.decoy()));
        if (accountWait.isPresent()) {
            return new SignInResult.Waiting(accountWait.get());
        }
        if (right && found.filter(Technician::isActive).isPresent()) {
            Technician technician = found.get();
            if (technician.hasSecondFactor() || technician.getCompany().requiresSecondFactor()) {
                giveBack(account, source);
                return new SignInResult.SecondStep(technician.getEmail(), !technician.hasSecondFactor());
            }
            return signedIn(technician, account, source, null, List.of());
        }
        failed(account, found, source, null);
        return new SignInResult.Refused();
    }

    /**
     * The second step of a sign-in whose password was right: a TOTP code or a recovery code, each
     * taken once. A wrong or reused code counts as a wrong password does.
     */
    public SignInResult secondStep(String email, String code, String source) {
        return codeStep(email, source, technician -> {
            SecondFactors.Check check = secondFactors.check(technician, code);
            if (check.accepted()) {
                return signedIn(technician, technician.getEmail(), source, check == SecondFactors.Check.RECOVERY_CODE_ACCEPTED
                        ? "with a recovery code, " + technician.getRecoveryCodeHashes().size() + " left" : "with a code",
                        List.of());
            }
            boolean reused = check == SecondFactors.Check.REUSED;
            failed(technician.getEmail(), Optional.of(technician), source, reused ? "code already used" : "wrong code");
            return new SignInResult.CodeRefused(reused);
        });
    }

    /**
     * The second step for a technician whose company requires a second factor they do not have yet:
     * the code of the secret they were shown switches it on and signs them in.
     */
    public SignInResult enrolAndSignIn(String email, String secret, String code, String source) {
        return codeStep(email, source, technician -> {
            Optional<List<String>> recoveryCodes = technician.hasSecondFactor() ? Optional.empty()
                    : secondFactors.turnOn(technician, secret, code, source);
            if (recoveryCodes.isPresent()) {
                return signedIn(technician, technician.getEmail(), source, "with a new second factor", recoveryCodes.get());
            }
            failed(technician.getEmail(), Optional.of(technician), source, "wrong code at enrolment");
            return new SignInResult.CodeRefused(false);
        });
    }

    /** Takes a try from the address's sign-in allowances, then lets {@code step} check the (locked) technician's code. */
    private SignInResult codeStep(String email, String source, Function<Technician, SignInResult> step) {
        String account = email == null ? "" : email.toLowerCase(Locale.ROOT);
        Optional<Duration> wait = throttle.take(Throttled.SIGN_IN, source)
                .or(() -> throttle.take(Throttled.SIGN_IN_ACCOUNT, source, account));
        if (wait.isPresent()) {
            return new SignInResult.Waiting(wait.get());
        }
        return technicians.findByEmail(account).filter(Technician::isActive).flatMap(t -> technicians.lock(t.getId()))
                .map(step).orElseGet(SignInResult.Refused::new);
    }

    private SignInResult signedIn(Technician technician, String account, String source, String detail, List<String> recoveryCodes) {
        giveBack(account, source);
        record(technician, AuditAction.SIGNED_IN, detail, source);
        return new SignInResult.SignedIn(TechnicianProfile.of(technician), recoveryCodes);
    }

    private void giveBack(String account, String source) {
        throttle.giveBack(Throttled.SIGN_IN, source);
        throttle.giveBack(Throttled.SIGN_IN_ACCOUNT, source, account);
    }

    /** The technician signed out (their HTTP session ends with it). */
    public void signedOut(String email, String source) {
        technicians.findByEmail(email).ifPresent(technician -> record(technician, AuditAction.SIGNED_OUT, null, source));
    }

    /**
     * Audits a failure in the company of the account it named; one that named no account has no
     * company's audit trail to go to, so only a lockout it causes is logged, for the operator.
     */
    private void failed(String account, Optional<Technician> found, String source, String detail) {
        found.ifPresent(technician -> recordLater(technician, AuditAction.SIGN_IN_FAILED, detail, source));
        throttle.waitingTime(Throttled.SIGN_IN_ACCOUNT, source, account).ifPresent(wait -> found.ifPresentOrElse(
                technician -> recordLater(technician, AuditAction.SIGN_IN_LOCKED, "from this address for " + minutes(wait), source),
                () -> LOG.info(() -> "Sign-ins at an unknown e-mail from " + source + " refused for " + minutes(wait))));
        throttle.waitingTime(Throttled.SIGN_IN, source).ifPresent(wait -> {
            LOG.warning(() -> "Sign-ins from " + source + " refused for " + minutes(wait) + " after repeated failures");
            found.ifPresent(technician -> recordLater(technician, AuditAction.SOURCE_LOCKED, "all sign-ins for " + minutes(wait), source));
        });
    }

    private void record(Technician technician, AuditAction action, String detail, String source) {
        audit.recordAccount(technician.getCompany().getId(), technician.getEmail(), action, detail, source);
    }

    private void recordLater(Technician technician, AuditAction action, String detail, String source) {
        failures.record(technician.getCompany().getId(), technician.getEmail(), action, detail, source);
    }

    private static String minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60) + " min";
    }
}

package com.adhocsupport.application;

import com.adhocsupport.application.security.Base32;
import com.adhocsupport.application.security.PasswordHasher;
import com.adhocsupport.application.security.SecretSealer;
import com.adhocsupport.application.security.TokenGenerator;
import com.adhocsupport.application.security.Totp;
import com.adhocsupport.domain.audit.AuditAction;
import com.adhocsupport.domain.technician.Technician;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A technician's second factor, for the services that switch it on, check it and take it away:
 * a TOTP secret kept sealed, codes taken once each, and ten recovery codes kept hashed. The caller
 * holds the technician's row locked (see {@code TechnicianRepository.lock}).
 */
@ApplicationScoped
public class SecondFactors {

    static final String ISSUER = "AdHoc Support";
    static final int SECRET_BYTES = 20;
    static final int RECOVERY_CODES = 10;
    private static final int RECOVERY_CODE_LENGTH = 10;

    /** What a typed code turned out to be. */
    public enum Check {
        CODE_ACCEPTED, RECOVERY_CODE_ACCEPTED, WRONG,
        /** The code of a step already taken, or of an older one. */
        REUSED;

        public boolean accepted() {
            return this == CODE_ACCEPTED || this == RECOVERY_CODE_ACCEPTED;
        }
    }

    @Inject
    TokenGenerator tokens;
    @Inject
    PasswordHasher hasher;
    @Inject
    SecretSealer sealer;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** A fresh secret of 160 bits, in Base32 for the technician's authenticator app. */
    public Enrolment newEnrolment(Technician technician) {
        String secret = Base32.encode(tokens.randomBytes(SECRET_BYTES));
        String issuer = ISSUER + " (" + technician.getCompany().getName() + ")";
        String uri = "otpauth://totp/" + encode(issuer) + ":" + encode(technician.getEmail()) + "?secret=" + secret
                + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new Enrolment(secret, uri);
    }

    /**
     * Switches the second factor on when {@code code} is the secret's code now, and gives the
     * technician new recovery codes (in clear, this once); empty when the code is wrong.
     */
    public Optional<List<String>> turnOn(Technician technician, String secret, String code, String source) {
        OptionalLong step = secret == null ? OptionalLong.empty()
                : Totp.matchingStep(Base32.decode(secret), digitsOf(code), clock.instant());
        if (step.isEmpty()) {
            return Optional.empty();
        }
        technician.turnOnSecondFactor(sealer.seal(secret), step.getAsLong());
        List<String> recoveryCodes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recoveryCode = Base32.encode(tokens.randomBytes(7)).substring(0, RECOVERY_CODE_LENGTH);
            hashes.add(hasher.hash(recoveryCode));
            recoveryCodes.add((recoveryCode.substring(0, 5) + "-" + recoveryCode.substring(5)).toLowerCase(Locale.ROOT));
        }
        technician.replaceRecoveryCodes(hashes);
        record(technician, technician.getEmail(), AuditAction.SECOND_FACTOR_ON, null, source);
        return Optional.of(recoveryCodes);
    }

    /** Checks a typed TOTP code (six digits) or recovery code, and takes it when it is right: each works once. */
    public Check check(Technician technician, String typed) {
        if (!technician.hasSecondFactor() || typed == null) {
            return Check.WRONG;
        }
        String digits = digitsOf(typed);
        if (digits.matches("\\d{" + Totp.DIGITS + "}")) {
            byte[] key = Base32.decode(sealer.unseal(technician.getSecondFactorSecret()));
            OptionalLong step = Totp.matchingStep(key, digits, clock.instant());
            if (step.isEmpty()) {
                return Check.WRONG;
            }
            return technician.claimCodeStep(step.getAsLong()) ? Check.CODE_ACCEPTED : Check.REUSED;
        }
        String recoveryCode = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        for (String hash : technician.getRecoveryCodeHashes()) {
            if (hasher.matches(recoveryCode, hash)) {
                technician.useRecoveryCode(hash);
                return Check.RECOVERY_CODE_ACCEPTED;
            }
        }
        return Check.WRONG;
    }

    /** Takes the second factor away (the technician, or an administrator who reset it). */
    public void turnOff(Technician technician, String actor, AuditAction action, String source) {
        technician.turnOffSecondFactor();
        record(technician, actor, action, technician.getEmail(), source);
    }

    private void record(Technician technician, String actor, AuditAction action, String detail, String source) {
        audit.recordAccount(technician.getCompany().getId(), actor, action, detail, source);
    }

    /** A code as typed, without the spaces an app shows in the middle. */
    private static String digitsOf(String code) {
        return code == null ? "" : code.replaceAll("\\s", "");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A secret to show once, as text and as the otpauth:// address an authenticator app scans. */
    public record Enrolment(String secret, String uri) implements Serializable {
    }
}

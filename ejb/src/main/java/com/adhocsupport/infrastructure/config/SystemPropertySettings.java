package com.adhocsupport.infrastructure.config;

import com.adhocsupport.application.config.AdHocSettings;
import com.adhocsupport.application.throttle.Rate;
import com.adhocsupport.application.throttle.Throttled;
import com.adhocsupport.domain.session.ResendLimits;
import com.adhocsupport.domain.session.SessionLimits;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

/**
 * Deployment configuration, read from system properties (set by the server's CLI scripts) on
 * every use, so a change through the management console takes effect without a redeploy.
 */
@ApplicationScoped
public class SystemPropertySettings implements AdHocSettings {

    static final String SESSION_LIFETIME = "adhoc.session.lifetime";
    static final String INVITATION_LIFETIME = "adhoc.invitation.lifetime";
    static final String PER_TECHNICIAN = "adhoc.limit.per-technician";
    static final String PER_COMPANY = "adhoc.limit.per-company";
    static final String PUBLIC_URL = "adhoc.public-url";
    static final String CODE_MAX_ATTEMPTS = "adhoc.code.max-attempts";
    static final String CODE_LOCKOUT = "adhoc.code.lockout";
    static final String PASSWORD_MAX_ATTEMPTS = "adhoc.password.max-attempts";
    static final String PASSWORD_LOCKOUT = "adhoc.password.lockout";
    static final String RETENTION = "adhoc.retention.period";
    static final String AGENT_TRUSTED_CA = "adhoc.agent.trusted-ca";
    static final String THROTTLE_PREFIX = "adhoc.throttle.";
    static final String RESENDS_PER_SESSION = "adhoc.resend.per-session";
    static final String RESENDS_PER_TECHNICIAN = "adhoc.resend.per-technician";

    @Override
    public SessionLimits limits() {
        SessionLimits d = SessionLimits.DEFAULTS;
        return new SessionLimits(
                duration(SESSION_LIFETIME, d.sessionLifetime()),
                duration(INVITATION_LIFETIME, d.invitationLifetime()),
                positiveInt(PER_TECHNICIAN, d.perTechnician()),
                positiveInt(PER_COMPANY, d.perCompany()));
    }

    @Override
    public ResendLimits resendLimits() {
        ResendLimits d = ResendLimits.DEFAULTS;
        return new ResendLimits(positiveInt(RESENDS_PER_SESSION, d.perSession()),
                positiveInt(RESENDS_PER_TECHNICIAN, d.perTechnician()), d.window());
    }

    @Override
    public String publicUrl() {
        String url = System.getProperty(PUBLIC_URL, "http://localhost:8080").trim();
        URI uri = URI.create(url);
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalStateException(PUBLIC_URL + " must be an absolute http(s) URL, not '" + url + "'");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * The private CA that issued the server's certificate, as base64 DER, for the agents to
     * trust (stamped into each downloaded MSI); empty when agents rely on Windows' trusted
     * roots. Configured as the path of a PEM or DER file.
     */
    @Override
    public Optional<String> agentTrustedCa() {
        String path = System.getProperty(AGENT_TRUSTED_CA, "").trim();
        if (path.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            Certificate ca = CertificateFactory.getInstance("X.509").generateCertificate(in);
            return Optional.of(Base64.getEncoder().encodeToString(ca.getEncoded()));
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException(AGENT_TRUSTED_CA + " must name a readable X.509 certificate file, not '"
                    + path + "' (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public int maxCodeAttempts() {
        return positiveInt(CODE_MAX_ATTEMPTS, 5);
    }

    @Override
    public Duration codeLockout() {
        return duration(CODE_LOCKOUT, Duration.ofMinutes(15));
    }

    @Override
    public int maxPasswordAttempts() {
        return positiveInt(PASSWORD_MAX_ATTEMPTS, 5);
    }

    @Override
    public Duration passwordLockout() {
        return duration(PASSWORD_LOCKOUT, Duration.ofMinutes(15));
    }

    /**
     * How many tries of a kind one source address gets: {@code adhoc.throttle.<key>} as
     * {@code <tries>/<ISO-8601 window>}, such as {@code 20/PT15M}; failed sign-ins at one e-mail
     * follow the password settings above.
     */
    @Override
    public Rate throttle(Throttled what) {
        if (what == Throttled.SIGN_IN_ACCOUNT) {
            return new Rate(maxPasswordAttempts(), passwordLockout());
        }
        String key = THROTTLE_PREFIX + what.key();
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            return what.defaultRate();
        }
        String[] parts = value.trim().split("/", 2);
        String expected = key + " must be <tries>/<ISO-8601 window> such as " + what.defaultRate() + ", not '" + value + "'";
        try {
            return new Rate(Integer.parseInt(parts[0].trim()), Duration.parse(parts[1].trim()));
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalStateException(expected, e);
        }
    }

    /** How long end users' personal data of an ended session is kept (then purged; the audit trail stays). */
    @Override
    public Duration retention() {
        return duration(RETENTION, Duration.ofDays(30));
    }

    private static Duration duration(String key, Duration fallback) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            Duration parsed = Duration.parse(value.trim());
            if (parsed.isNegative() || parsed.isZero()) {
                throw new IllegalStateException(key + " must be positive, not '" + value + "'");
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(key + " must be an ISO-8601 duration such as PT24H, not '" + value + "'", e);
        }
    }

    private static int positiveInt(String key, int fallback) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < 1) {
                throw new IllegalStateException(key + " must be at least 1, not '" + value + "'");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(key + " must be a whole number, not '" + value + "'", e);
        }
    }
}

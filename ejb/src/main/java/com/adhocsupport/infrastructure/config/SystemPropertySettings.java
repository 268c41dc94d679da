package com.adhocsupport.infrastructure.config;

import com.adhocsupport.application.config.AdHocSettings;
import com.adhocsupport.application.throttle.Rate;
import com.adhocsupport.application.throttle.Throttled;
import com.adhocsupport.domain.session.ResendLimits;
import com.adhocsupport.domain.session.SessionLimits;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * Deployment configuration, read from system properties (set by the server's CLI scripts) on
 * every use, so a change through the management console takes effect without a redeploy. A
 * setting that is not set (or blank) takes its default from {@code adhoc-defaults.properties},
 * the one file of defaults that install.sh and the install guide share.
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

    /** The defaults file's keys are the settings' names without this prefix (install.sh's keys). */
    private static final String PREFIX = "adhoc.";
    private static final Properties DEFAULTS = loadDefaults();

    @Override
    public SessionLimits limits() {
        return new SessionLimits(duration(SESSION_LIFETIME), duration(INVITATION_LIFETIME),
                positiveInt(PER_TECHNICIAN), positiveInt(PER_COMPANY));
    }

    @Override
    public ResendLimits resendLimits() {
        return new ResendLimits(positiveInt(RESENDS_PER_SESSION), positiveInt(RESENDS_PER_TECHNICIAN),
                ResendLimits.WINDOW);
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
        return positiveInt(CODE_MAX_ATTEMPTS);
    }

    @Override
    public Duration codeLockout() {
        return duration(CODE_LOCKOUT);
    }

    @Override
    public int maxPasswordAttempts() {
        return positiveInt(PASSWORD_MAX_ATTEMPTS);
    }

    @Override
    public Duration passwordLockout() {
        return duration(PASSWORD_LOCKOUT);
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
        String value = value(key);
        String[] parts = value.trim().split("/", 2);
        String expected = key + " must be <tries>/<ISO-8601 window> such as " + defaultOf(key) + ", not '" + value + "'";
        try {
            return new Rate(Integer.parseInt(parts[0].trim()), Duration.parse(parts[1].trim()));
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalStateException(expected, e);
        }
    }

    /** How long end users' personal data of an ended session is kept (then purged; the audit trail stays). */
    @Override
    public Duration retention() {
        return duration(RETENTION);
    }

    private static Duration duration(String key) {
        String value = value(key);
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

    private static int positiveInt(String key) {
        String value = value(key);
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

    /** The system property, or the default when it is not set or blank. */
    private static String value(String key) {
        String value = System.getProperty(key);
        return value == null || value.isBlank() ? defaultOf(key) : value;
    }

    /** The default of a setting: the first of its {@code default | kind | meaning} fields. */
    static String defaultOf(String key) {
        String line = DEFAULTS.getProperty(key.substring(PREFIX.length()));
        if (line == null) {
            throw new IllegalStateException(key + " has no default in adhoc-defaults.properties");
        }
        return line.split("\\|", 2)[0].trim();
    }

    private static Properties loadDefaults() {
        InputStream in = SystemPropertySettings.class.getResourceAsStream("/adhoc-defaults.properties");
        if (in == null) {
            throw new IllegalStateException("adhoc-defaults.properties is missing from the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties defaults = new Properties();
            defaults.load(reader);
            return defaults;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read adhoc-defaults.properties", e);
        }
    }
}

package com.adhocsupport.application;

import com.adhocsupport.application.config.AdHocSettings;
import com.adhocsupport.application.security.PasswordHasher;
import com.adhocsupport.application.security.SecretSealer;
import com.adhocsupport.application.security.TokenGenerator;
import com.adhocsupport.application.throttle.SourceThrottle;
import com.adhocsupport.application.throttle.Throttled;
import com.adhocsupport.domain.audit.AuditAction;
import com.adhocsupport.domain.audit.AuditEvent;
import com.adhocsupport.domain.computer.Computer;
import com.adhocsupport.domain.computer.ComputerRepository;
import com.adhocsupport.domain.session.ActivationRefusal;
import com.adhocsupport.domain.session.AdHocSession;
import com.adhocsupport.domain.session.AdHocSessionRepository;
import com.adhocsupport.domain.session.EndReason;
import com.adhocsupport.domain.session.SecurityCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the agent on the end user's PC does: activate a session with the security code, come
 * back online with its credential, go offline, and end the session from the PC.
 */
@Stateless
public class AgentSessionService {

    private static final int MAX_NAME = 64;
    private static final int MAX_OS = 120;
    /** Sessions per statement of {@link #stillConnected}. */
    private static final int CHUNK = 1000;

    @Inject
    AdHocSessionRepository sessions;
    @Inject
    ComputerRepository computers;
    @Inject
    SessionCloser closer;
    @Inject
    AuditTrail audit;
    @Inject
    AdHocSettings settings;
    @Inject
    SecretSealer sealer;
    @Inject
    PasswordHasher hasher;
    @Inject
    TokenGenerator tokens;
    @Inject
    ExpiryScheduler timers;
    @Inject
    SourceThrottle throttle;
    @Inject
    Clock clock;

    /** Identification the PC sends with the code; never trusted beyond display. */
    public record ComputerInfo(String name, String osName) {
    }

    /**
     * Activates the session behind a deployment token with the security code the end user typed.
     * Wrong codes are counted on the session and lock it for a while after too many; every refusal
     * is also counted for the PC's address, across sessions, and past that limit the address waits.
     */
    public ActivationResult activate(String token, String typedCode, ComputerInfo computer, String source) {
        Optional<Duration> wait = throttle.take(Throttled.SECURITY_CODE, source);
        if (wait.isPresent()) {
            return new ActivationResult.Refused(ActivationRefusal.TOO_MANY_ATTEMPTS, wait.get());
        }
        Optional<AdHocSession> found = token == null ? Optional.empty() : sessions.lockByTokenHash(tokens.lookupHash(token));
        if (found.isEmpty() || !closer.isOpenOrClose(found.get())) {
            return new ActivationResult.Refused(ActivationRefusal.EXPIRED);
        }
        AdHocSession session = found.get();
        Instant now = clock.instant();
        // A text that is no code (empty or invalid) is refused and counted like a wrong code.
        Optional<SecurityCode> code = SecurityCode.parse(typedCode);
        if (!session.tryCode(now, hash -> code.filter(c -> hasher.matches(c.digits(), hash)).isPresent(),
                settings.maxCodeAttempts(), settings.codeLockout())) {
            audit.record(session, AuditEvent.AGENT, AuditAction.CODE_REJECTED, null, source, now);
            return new ActivationResult.Refused(ActivationRefusal.INVALID_CODE);
        }
        throttle.giveBack(Throttled.SECURITY_CODE, source);
        String accessPassword = sealer.unseal(session.getAccessPasswordSealed());
        String credential = tokens.newToken();
        session.activate(now, settings.limits().sessionLifetime());
        Computer pc = new Computer(session, clip(computer.name(), MAX_NAME, "PC"), clip(computer.osName(), MAX_OS, null),
                tokens.lookupHash(credential), now);
        computers.store(pc);
        audit.record(session, AuditEvent.AGENT, AuditAction.SESSION_ACTIVATED, pc.getName(), source, now);
        timers.schedule(session.getId(), session.getExpiresAt());
        return new ActivationResult.Provisioned(session.getId(), credential, session.getTechnician().getDisplayName(),
                session.getExpiresAt(), accessPassword);
    }

    /**
     * A returning PC. Returns the open session's computer after marking it online, or empty when
     * the credential is unknown or the session is over (the agent must then remove itself).
     */
    public Optional<SessionSummary> reconnect(String credential, String source) {
        return openComputer(credential).map(pc -> {
            Instant now = clock.instant();
            boolean wasOffline = !pc.isOnline();
            pc.connected(now);
            if (wasOffline) {
                audit.record(pc.getSession(), AuditEvent.AGENT, AuditAction.COMPUTER_ONLINE, pc.getName(), source, now);
            }
            return SessionSummary.of(pc.getSession(), pc);
        });
    }

    /**
     * A node vouches for the PCs whose agent connection it holds (every few seconds, instead of a
     * database write per heartbeat): their "last online" becomes now, a PC marked offline meanwhile
     * (by the node it left, or the silence sweep) is online again. (A session of theirs past its
     * deadline was ended just before, by {@link SessionExpiry#expireOverdue()} in the same round.)
     *
     * @return the sessions among them that had already ended, with why: their agents must be told again
     */
    public Map<Long, EndReason> stillConnected(Collection<Long> sessionIds) {
        Instant now = clock.instant();
        Map<Long, EndReason> over = new HashMap<>();
        List<Long> ids = List.copyOf(sessionIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            computers.markHeard(chunk, now);
            computers.findOfflineOfSessions(chunk).forEach(pc -> {
                pc.connected(now);
                audit.record(pc.getSession(), AuditEvent.AGENT, AuditAction.COMPUTER_ONLINE, pc.getName(), null, now);
            });
            over.putAll(sessions.findEnded(chunk));
        }
        return over;
    }

    /**
     * PCs still marked online that no node has vouched for since {@code silence}: the node holding
     * them died and they have not come back. They are offline from the last time they were heard.
     */
    public void markSilentOffline(Duration silence) {
        computers.lockSilentSince(clock.instant().minus(silence)).forEach(pc -> {
            pc.disconnected(pc.getLastOnline());
            audit.record(pc.getSession(), AuditEvent.AGENT, AuditAction.COMPUTER_OFFLINE, pc.getName(), null, pc.getLastOnline());
        });
    }

    /** Why the session of this credential is over (EXPIRED for a credential nobody knows). */
    public EndReason endReason(String credential) {
        if (credential == null || credential.isBlank()) {
            return EndReason.EXPIRED;
        }
        return computers.findByCredentialHash(tokens.lookupHash(credential))
                .map(pc -> pc.getSession().getEndReason())
                .filter(reason -> reason != null)
                .orElse(EndReason.EXPIRED);
    }

    /** The agent's connection closed (or fell silent): the PC is offline, its session goes on. */
    public void disconnected(String credential, String source) {
        computers.findByCredentialHash(tokens.lookupHash(credential)).filter(Computer::isOnline).ifPresent(pc -> {
            Instant now = clock.instant();
            pc.disconnected(now);
            audit.record(pc.getSession(), AuditEvent.AGENT, AuditAction.COMPUTER_OFFLINE, pc.getName(), source, now);
        });
    }

    /** The PC could not create the hidden account with the access password (password policy). */
    public void accountRefused(String credential, String source) {
        endFromPc(credential, EndReason.PASSWORD_POLICY, source);
    }

    /** The end user ended the session from the app. */
    public void endedByUser(String credential, String source) {
        endFromPc(credential, EndReason.ENDED_BY_USER, source);
    }

    private void endFromPc(String credential, EndReason reason, String source) {
        computers.findByCredentialHash(tokens.lookupHash(credential))
                .flatMap(pc -> sessions.lock(pc.getSession().getId()))
                .ifPresent(session -> closer.close(session, reason, AuditEvent.AGENT, source));
    }

    private Optional<Computer> openComputer(String credential) {
        if (credential == null || credential.isBlank()) {
            return Optional.empty();
        }
        return computers.findByCredentialHash(tokens.lookupHash(credential))
                .filter(pc -> closer.isOpenOrClose(pc.getSession()));
    }

    private static String clip(String value, int max, String fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String clean = value.strip().replaceAll("\\p{Cntrl}", "");
        return clean.length() > max ? clean.substring(0, max) : clean;
    }
}

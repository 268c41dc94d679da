package com.adhocsupport.application;

import com.adhocsupport.application.config.AdHocSettings;
import com.adhocsupport.application.security.PasswordHasher;
import com.adhocsupport.application.security.TokenGenerator;
import com.adhocsupport.application.throttle.SourceThrottle;
import com.adhocsupport.application.throttle.Throttled;
import com.adhocsupport.domain.audit.AuditAction;
import com.adhocsupport.domain.audit.AuditEvent;
import com.adhocsupport.domain.session.AdHocSession;
import com.adhocsupport.domain.session.AdHocSessionRepository;
import com.adhocsupport.domain.session.ConnectionTicket;
import com.adhocsupport.domain.session.ConnectionTicketRepository;
import com.adhocsupport.domain.session.Feature;
import com.adhocsupport.domain.session.SessionState;
import com.adhocsupport.domain.technician.Technician;
import com.adhocsupport.domain.technician.TechnicianRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The gate before Remote Control, File Manager and Dashboard: the session must be active and of
 * the technician's company, the feature allowed, and the access password right. Wrong passwords
 * are counted per session and lock it for a while after too many, and counted per source address
 * across sessions, past which the address waits; every attempt is audited. A
 * right password earns a one-time ticket that the viewer's WebSocket presents; the opening and
 * closing of the connection and its chat are audited here too.
 */
@Stateless
public class ConnectionService {

    @Inject
    TechnicianRepository technicians;
    @Inject
    AdHocSessionRepository sessions;
    @Inject
    SessionCloser closer;
    @Inject
    AuditTrail audit;
    @Inject
    AdHocSettings settings;
    @Inject
    PasswordHasher hasher;
    @Inject
    TokenGenerator tokens;

    /** How long a ticket waits for the viewer to present it. */
    static final Duration TICKET_LIFETIME = Duration.ofSeconds(60);
    private static final int MAX_CHAT_AUDIT = 2000;
    /** The refusals that count against the source address: a password was tried. */
    private static final Set<String> PASSWORD_REFUSALS = Set.of("connect.wrongPassword", "connect.locked");

    @Inject
    ConnectionTicketRepository tickets;
    @Inject
    SourceThrottle throttle;
    @Inject
    Clock clock;

    public ConnectionAuthorization authorize(long technicianId, long sessionId, Feature feature, String accessPassword,
            boolean startChat, String source) {
        Technician technician = technicians.find(technicianId).filter(Technician::isActive)
                .orElseThrow(() -> new AccessDeniedException("technician " + technicianId));
        AdHocSession session = sessions.lock(sessionId)
                .filter(s -> s.belongsTo(technician.getCompany()))
                .orElseThrow(() -> new AccessDeniedException("session " + sessionId));
        Optional<Duration> wait = throttle.take(Throttled.ACCESS_PASSWORD, source);
        if (wait.isPresent()) {
            audit.record(session, technician.getEmail(), AuditAction.CONNECTION_REFUSED,
                    feature + ": too many wrong access passwords from this address", source, clock.instant());
            return new ConnectionAuthorization.Waiting(wait.get());
        }
        Optional<String> refusal = refusal(technician, session, feature, accessPassword);
        if (refusal.isEmpty() || !PASSWORD_REFUSALS.contains(refusal.get())) {
            throttle.giveBack(Throttled.ACCESS_PASSWORD, source);
        }
        audit.record(session, technician.getEmail(),
                refusal.isEmpty() ? AuditAction.CONNECTION_AUTHORIZED : AuditAction.CONNECTION_REFUSED,
                feature + (startChat ? " with chat" : "") + refusal.map(r -> ": " + r).orElse(""), source, clock.instant());
        if (refusal.isPresent()) {
            return new ConnectionAuthorization.Refused(refusal.get());
        }
        Instant now = clock.instant();
        tickets.removeExpired(now);
        String ticket = tokens.newToken();
        tickets.add(new ConnectionTicket(tokens.lookupHash(ticket), session, technician, feature, startChat,
                now.plus(TICKET_LIFETIME)));
        return new ConnectionAuthorization.Granted(ticket);
    }

    /**
     * Uses up a ticket. Admits the connection only for the technician it was issued to, before it
     * expires, while the session is active and the feature still allowed.
     */
    public Optional<OpenedConnection> join(String ticket, String technicianEmail) {
        if (ticket == null || ticket.isBlank()) {
            return Optional.empty();
        }
        return tickets.take(tokens.lookupHash(ticket))
                .filter(t -> t.getTechnician().isActive() && t.getTechnician().getEmail().equals(technicianEmail))
                .filter(t -> t.isUsableAt(clock.instant()))
                .filter(t -> closer.isOpenOrClose(t.getSession()) && t.getSession().getState() == SessionState.ACTIVE)
                .filter(t -> t.getFeature().refusal(t.getTechnician().getCompany(), t.getTechnician()).isEmpty())
                .map(t -> new OpenedConnection(t.getSession().getId(), t.getFeature(), t.isStartChat(),
                        t.getTechnician().getEmail(), t.getTechnician().getDisplayName(),
                        t.getTechnician().getCompany().getRecordingSettings().policy()));
    }

    /** The PC joined the connection: the technician is now on it. */
    public void opened(OpenedConnection connection, String source) {
        record(connection, connection.technicianEmail(), AuditAction.CONNECTION_OPENED, connection.feature().name(), source);
    }

    public void closed(OpenedConnection connection, String source) {
        record(connection, connection.technicianEmail(), AuditAction.CONNECTION_CLOSED, connection.feature().name(), source);
    }

    /** Keeps a chat message in the session's audit trail; {@code fromTechnician} false: the end user wrote it. */
    public void chat(OpenedConnection connection, boolean fromTechnician, String text) {
        String kept = text.length() > MAX_CHAT_AUDIT ? text.substring(0, MAX_CHAT_AUDIT) : text;
        record(connection, fromTechnician ? connection.technicianEmail() : AuditEvent.END_USER, AuditAction.CHAT_MESSAGE, kept, null);
    }

    private void record(OpenedConnection connection, String actor, AuditAction action, String detail, String source) {
        sessions.find(connection.sessionId())
                .ifPresent(session -> audit.record(session, actor, action, detail, source, clock.instant()));
    }

    private Optional<String> refusal(Technician technician, AdHocSession session, Feature feature, String password) {
        if (!closer.isOpenOrClose(session) || session.getState() != SessionState.ACTIVE) {
            return Optional.of("connect.notActive");
        }
        Optional<String> gate = feature.refusal(technician.getCompany(), technician);
        if (gate.isPresent()) {
            return gate;
        }
        Instant now = clock.instant();
        if (session.isPasswordLockedAt(now)) {
            return Optional.of("connect.locked");
        }
        if (!hasher.matches(password, session.getAccessPasswordHash())) {
            session.recordWrongPassword(now, settings.maxPasswordAttempts(), settings.passwordLockout());
            return Optional.of("connect.wrongPassword");
        }
        session.recordRightPassword();
        return Optional.empty();
    }
}

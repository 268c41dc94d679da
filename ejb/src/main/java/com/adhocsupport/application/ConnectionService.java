package com.adhocsupport.application;

import com.adhocsupport.domain.audit.AuditAction;
import com.adhocsupport.domain.session.AdHocSession;
import com.adhocsupport.domain.session.AdHocSessionRepository;
import com.adhocsupport.domain.session.Feature;
import com.adhocsupport.domain.session.SessionState;
import com.adhocsupport.domain.technician.Technician;
import com.adhocsupport.domain.technician.TechnicianRepository;
import com.adhocsupport.infrastructure.config.AdHocSettings;
import com.adhocsupport.infrastructure.security.PasswordHasher;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * The gate before Remote Control, File Manager and Dashboard: the session must be active and of
 * the technician's company, the feature allowed, and the access password right. Wrong passwords
 * are counted per session and lock it for a while after too many; every attempt is audited.
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

    /** @return empty when the connection may open, or the message key of why it may not */
    public Optional<String> authorize(long technicianId, long sessionId, Feature feature, String accessPassword,
            boolean startChat, String source) {
        Technician technician = technicians.find(technicianId).filter(Technician::isActive)
                .orElseThrow(() -> new AccessDeniedException("technician " + technicianId));
        AdHocSession session = sessions.lock(sessionId)
                .filter(s -> s.getCompany().getId().equals(technician.getCompany().getId()))
                .orElseThrow(() -> new AccessDeniedException("session " + sessionId));
        Optional<String> refusal = refusal(technician, session, feature, accessPassword);
        audit.record(session, technician.getEmail(),
                refusal.isEmpty() ? AuditAction.CONNECTION_AUTHORIZED : AuditAction.CONNECTION_REFUSED,
                feature + (startChat ? " with chat" : "") + refusal.map(r -> ": " + r).orElse(""), source, Instant.now());
        return refusal;
    }

    private Optional<String> refusal(Technician technician, AdHocSession session, Feature feature, String password) {
        if (!closer.isOpenOrClose(session) || session.getState() != SessionState.ACTIVE) {
            return Optional.of("connect.notActive");
        }
        Optional<String> gate = feature.refusal(technician.getCompany(), technician);
        if (gate.isPresent()) {
            return gate;
        }
        Instant now = Instant.now();
        if (session.isPasswordLockedAt(now)) {
            return Optional.of("connect.locked");
        }
        if (!PasswordHasher.matches(password, session.getAccessPasswordHash())) {
            session.recordWrongPassword(now, settings.maxPasswordAttempts(), settings.passwordLockout());
            return Optional.of("connect.wrongPassword");
        }
        session.recordRightPassword();
        return Optional.empty();
    }
}

package com.adhocsupport.application;

import com.adhocsupport.application.config.AdHocSettings;
import com.adhocsupport.application.security.PasswordHasher;
import com.adhocsupport.application.security.SecretSealer;
import com.adhocsupport.application.security.TokenGenerator;
import com.adhocsupport.domain.audit.AuditAction;
import com.adhocsupport.domain.audit.AuditEvent;
import com.adhocsupport.domain.audit.AuditRepository;
import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.company.CompanyRepository;
import com.adhocsupport.domain.computer.Computer;
import com.adhocsupport.domain.computer.ComputerRepository;
import com.adhocsupport.domain.session.AccessPassword;
import com.adhocsupport.domain.session.AdHocSession;
import com.adhocsupport.domain.session.AdHocSessionRepository;
import com.adhocsupport.domain.session.EndReason;
import com.adhocsupport.domain.session.Feature;
import com.adhocsupport.domain.session.ResendLimitReachedException;
import com.adhocsupport.domain.session.ResendLimits;
import com.adhocsupport.domain.session.SessionLimits;
import com.adhocsupport.domain.session.SessionRefusedException;
import com.adhocsupport.domain.session.SessionState;
import com.adhocsupport.domain.session.StartRules;
import com.adhocsupport.domain.shared.EmailAddress;
import com.adhocsupport.domain.technician.Technician;
import com.adhocsupport.domain.technician.TechnicianRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What technicians do with ad hoc sessions: start one (under the rules), resend its invitation,
 * end it, delete its computer. Every change is audited in the same transaction.
 */
@Stateless
public class AdHocSessionService {

    @Inject
    TechnicianRepository technicians;
    @Inject
    CompanyRepository companies;
    @Inject
    AdHocSessionRepository sessions;
    @Inject
    ComputerRepository computers;
    @Inject
    AuditTrail audit;
    @Inject
    AuditRepository auditEvents;
    @Inject
    AdHocSettings settings;
    @Inject
    SecretSealer sealer;
    @Inject
    PasswordHasher hasher;
    @Inject
    TokenGenerator tokens;
    @Inject
    Event<InvitationRequested> invitations;
    @Inject
    SessionCloser closer;
    @Inject
    Clock clock;
    @Inject
    ExpiryScheduler timers;

    /** The secrets of a new session, returned once: they are never shown again. */
    public record NewSession(long sessionId, String securityCode, String deploymentLink) implements Serializable {

        @Override
        public String toString() {
            return "NewSession[" + sessionId + "]";
        }
    }

    /**
     * Starts a pending session and asks for the invitation e-mail, which leaves after the commit.
     *
     * @throws InvalidInputException when the e-mail address or the password cannot be used
     * @throws com.adhocsupport.domain.session.SessionRefusedException when a rule forbids it
     */
    public NewSession start(long technicianId, String endUserEmail, String accessPassword, String confirmation,
            String source) {
        Technician technician = technician(technicianId);
        try {
            return startFor(technician, endUserEmail, accessPassword, confirmation, source);
        } catch (SessionRefusedException e) {
            auditRefusal(technician, e.getRefusal() + (e.getLimit() > 0 ? " (limit " + e.getLimit() + ")" : ""), source);
            throw e;
        } catch (InvalidInputException e) {
            auditRefusal(technician, "invalid " + e.getField() + ": " + e.getMessageKey(), source);
            throw e;
        }
    }

    private NewSession startFor(Technician technician, String endUserEmail, String accessPassword, String confirmation,
            String source) {
        EmailAddress email = InvalidInputException.valueOrThrow("email", () -> new EmailAddress(endUserEmail));
        validPassword(accessPassword, confirmation);
        // Slow hashing happens before the lock, so the lock is held for milliseconds.
        String code = tokens.newSecurityCode();
        String token = tokens.newToken();
        AdHocSession.Secrets secrets = new AdHocSession.Secrets(hasher.hash(code), tokens.lookupHash(token),
                hasher.hash(accessPassword), sealer.seal(accessPassword));
        // The company row lock serializes every start in one company, so the counts cannot race.
        Company company = companies.lock(technician.getCompany().getId());
        SessionLimits limits = settings.limits();
        StartRules.check(company, technician, sessions.countOpen(technician), sessions.countOpen(company), limits);

        Instant now = clock.instant();
        AdHocSession session = new AdHocSession(company, technician, email, secrets, now, limits.invitationLifetime());
        sessions.store(session);
        audit.record(session, technician.getEmail(), AuditAction.SESSION_CREATED, "invited " + email.value(), source, now);
        timers.schedule(session.getId(), session.getInvitationExpiresAt());
        String link = deploymentLink(token);
        invitations.fire(invitation(session, link));
        return new NewSession(session.getId(), code, link);
    }

    private void auditRefusal(Technician technician, String reason, String source) {
        audit.recordRefusal(technician.getCompany().getId(), technician.getEmail(), AuditAction.SESSION_REFUSED, reason, source);
    }

    /**
     * Sends the invitation again with a new link; the link of the earlier e-mail stops working.
     *
     * @throws ResendLimitReachedException when the session or the technician has resent too often lately
     */
    public String resendInvitation(long technicianId, long sessionId, String source) {
        Technician technician = technician(technicianId);
        AdHocSession session = ownedOpenSession(technician, sessionId);
        if (session.getActivatedAt() != null) {
            throw new InvalidInputException("session", "input.session.alreadyActive");
        }
        Instant now = clock.instant();
        ResendLimits limits = settings.resendLimits();
        Instant since = now.minus(limits.window());
        limits.waitBefore(auditEvents.timesOf(AuditAction.INVITATION_RESENT, session.getId(), null, since),
                auditEvents.timesOf(AuditAction.INVITATION_RESENT, null, technician.getEmail(), since), now)
                .ifPresent(wait -> {
                    throw new ResendLimitReachedException(wait);
                });
        String token = tokens.newToken();
        session.replaceDeploymentToken(tokens.lookupHash(token));
        audit.record(session, technician.getEmail(), AuditAction.INVITATION_RESENT, null, source, now);
        String link = deploymentLink(token);
        invitations.fire(invitation(session, link));
        return link;
    }

    /** "End session now" (or cancel a pending invitation). */
    public void end(long technicianId, long sessionId, String source) {
        Technician technician = technician(technicianId);
        AdHocSession session = ownedOpenSession(technician, sessionId);
        closer.close(session, EndReason.ENDED_BY_TECHNICIAN, technician.getEmail(), source);
    }

    /** Deletes a PC from the group "Ad Hoc Support Sessions": its session ends and its seat is free. */
    public void deleteComputer(long technicianId, long computerId, String source) {
        Technician technician = technician(technicianId);
        Computer computer = computers.find(computerId)
                .filter(c -> c.belongsTo(technician.getCompany()))
                .orElseThrow(() -> new AccessDeniedException("computer " + computerId));
        AdHocSession session = sessions.lock(computer.getSession().getId()).orElseThrow();
        audit.record(session, technician.getEmail(), AuditAction.COMPUTER_DELETED, computer.getName(), source,
                clock.instant());
        closer.close(session, EndReason.COMPUTER_DELETED, technician.getEmail(), source);
    }

    /** The technician's open session, if any; a session past its deadline is ended here and not returned. */
    public Optional<SessionSummary> openSession(long technicianId) {
        Technician technician = technician(technicianId);
        return sessions.findOpen(technician)
                .filter(s -> closer.isOpenOrClose(s))
                .map(s -> SessionSummary.of(s, computers.findBySession(s).orElse(null)));
    }

    /** Any session of the technician's company, for the console and the audit view. */
    public SessionSummary session(long technicianId, long sessionId) {
        Technician technician = technician(technicianId);
        AdHocSession session = sessions.find(sessionId)
                .filter(s -> s.belongsTo(technician.getCompany()))
                .orElseThrow(() -> new AccessDeniedException("session " + sessionId));
        return SessionSummary.of(session, computers.findBySession(session).orElse(null));
    }

    /** What the deployment link page shows: the pending session behind a link, or empty when the link is dead. */
    public Optional<Invitation> invitation(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return sessions.lockByTokenHash(tokens.lookupHash(token))
                .filter(closer::isOpenOrClose)
                .filter(s -> s.getState() == SessionState.PENDING)
                .map(s -> new Invitation(s.getTechnician().getDisplayName(), s.getCompany().getName(),
                        s.getInvitationExpiresAt()));
    }

    /** A live invitation as its end user sees it. */
    public record Invitation(String technicianName, String companyName, Instant validUntil) {
    }

    /** The group "Ad Hoc Support Sessions" of the technician's company. */
    public List<SessionSummary> adHocComputers(long technicianId) {
        Technician technician = technician(technicianId);
        return computers.findHoldingSeat(technician.getCompany()).stream()
                .filter(c -> closer.isOpenOrClose(c.getSession()))
                .map(c -> SessionSummary.of(c.getSession(), c))
                .toList();
    }

    /** The message key of why the technician cannot use this feature, or empty when they can. */
    public Optional<String> featureRefusal(long technicianId, Feature feature) {
        Technician technician = technician(technicianId);
        return feature.refusal(technician.getCompany(), technician);
    }

    /** Records whether the invitation e-mail left; runs after the commit that asked for it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordInvitationOutcome(long sessionId, boolean sent, String problem) {
        sessions.lock(sessionId).ifPresent(session -> {
            Instant now = clock.instant();
            if (sent) {
                session.markEmailSent(now);
            }
            audit.record(session, AuditEvent.SYSTEM, sent ? AuditAction.INVITATION_SENT : AuditAction.INVITATION_FAILED,
                    sent ? session.getEndUserEmail() : problem, null, now);
        });
    }

    private Technician technician(long technicianId) {
        return technicians.find(technicianId).orElseThrow(() -> new AccessDeniedException("technician " + technicianId));
    }

    /** Technicians act on their own sessions; administrators on any session of their company. */
    private AdHocSession ownedOpenSession(Technician technician, long sessionId) {
        AdHocSession session = sessions.lock(sessionId)
                .filter(s -> s.belongsTo(technician.getCompany()))
                .filter(s -> technician.isAdministrator() || s.getTechnician().getId().equals(technician.getId()))
                .orElseThrow(() -> new AccessDeniedException("session " + sessionId));
        if (!closer.isOpenOrClose(session)) {
            throw new InvalidInputException("session", "input.session.ended");
        }
        return session;
    }

    private InvitationRequested invitation(AdHocSession session, String link) {
        Technician t = session.getTechnician();
        return new InvitationRequested(session.getId(), session.getEndUserEmail(), link, t.getDisplayName(),
                t.getEmail(), session.getCompany().getName(), session.getInvitationExpiresAt(), t.getLocale());
    }

    private String deploymentLink(String token) {
        return settings.publicUrl() + "/d/" + token;
    }

    private static void validPassword(String password, String confirmation) {
        AccessPassword.weaknessOf(password).ifPresent(weakness -> {
            throw new InvalidInputException("password", weakness.messageKey());
        });
        if (!password.equals(confirmation)) {
            throw new InvalidInputException("confirmation", "input.password.mismatch");
        }
    }
}

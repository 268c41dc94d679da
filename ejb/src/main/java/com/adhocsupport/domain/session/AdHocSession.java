package com.adhocsupport.domain.session;

import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.company.CompanyOwned;
import com.adhocsupport.domain.shared.EmailAddress;
import com.adhocsupport.domain.technician.Technician;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * One ad hoc session: an invitation that becomes a time-limited reachable PC. Secrets are held
 * only as hashes, except the access password, which stays sealed until the PC takes it.
 */
@Entity
@Table(name = "adhoc_session")
@NamedQuery(name = "AdHocSession.findByTokenHash", query = "select s from AdHocSession s where s.deploymentTokenHash = :hash")
@NamedQuery(name = "AdHocSession.findPastDeadline", query = "select s.id from AdHocSession s where"
        + " (s.state = com.adhocsupport.domain.session.SessionState.ACTIVE and s.expiresAt <= :now)"
        + " or (s.state = com.adhocsupport.domain.session.SessionState.PENDING and s.invitationExpiresAt <= :now)")
@NamedQuery(name = "AdHocSession.findEnded", query = "select s.id, s.endReason from AdHocSession s where s.id in :ids"
        + " and s.state = com.adhocsupport.domain.session.SessionState.ENDED")
@NamedQuery(name = "AdHocSession.countOpenByTechnician",
        query = "select count(s) from AdHocSession s where s.technician = :technician and s.state <> com.adhocsupport.domain.session.SessionState.ENDED")
@NamedQuery(name = "AdHocSession.countOpenByCompany",
        query = "select count(s) from AdHocSession s where s.company = :company and s.state <> com.adhocsupport.domain.session.SessionState.ENDED")
@NamedQuery(name = "AdHocSession.findOpenByTechnician",
        query = "select s from AdHocSession s where s.technician = :technician and s.state <> com.adhocsupport.domain.session.SessionState.ENDED")
@NamedQuery(name = "AdHocSession.findOpenByCompany",
        query = "select s from AdHocSession s where s.company = :company and s.state <> com.adhocsupport.domain.session.SessionState.ENDED order by s.createdAt")
public class AdHocSession implements CompanyOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false)
    private Company company;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "technician_id", nullable = false)
    private Technician technician;

    @Column(name = "end_user_email", length = EmailAddress.MAX_LENGTH)
    private String endUserEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 30)
    private EndReason endReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "invitation_expires_at", nullable = false)
    private Instant invitationExpiresAt;

    @Column(name = "email_sent_at")
    private Instant emailSentAt;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "security_code_hash", length = 255)
    private String securityCodeHash;

    @Column(name = "deployment_token_hash", length = 64, unique = true)
    private String deploymentTokenHash;

    @Column(name = "access_password_hash", nullable = false, length = 255)
    private String accessPasswordHash;

    @Column(name = "access_password_sealed", length = 512)
    private String accessPasswordSealed;

    @Embedded
    @AttributeOverride(name = "failures", column = @Column(name = "failed_code_attempts", nullable = false))
    @AttributeOverride(name = "lockedUntil", column = @Column(name = "code_locked_until"))
    private Lockout codeLockout = new Lockout();

    @Embedded
    @AttributeOverride(name = "failures", column = @Column(name = "failed_password_attempts", nullable = false))
    @AttributeOverride(name = "lockedUntil", column = @Column(name = "password_locked_until"))
    private Lockout passwordLockout = new Lockout();

    @Version
    private long version;

    protected AdHocSession() {
    }

    /** A new pending session; the caller has checked {@link StartRules} under the company lock. */
    public AdHocSession(Company company, Technician technician, EmailAddress endUserEmail, Secrets secrets,
            Instant now, Duration invitationLifetime) {
        this.company = company;
        this.technician = technician;
        this.endUserEmail = endUserEmail.value();
        this.state = SessionState.PENDING;
        this.createdAt = now;
        this.invitationExpiresAt = now.plus(invitationLifetime);
        this.securityCodeHash = secrets.securityCodeHash();
        this.deploymentTokenHash = secrets.deploymentTokenHash();
        this.accessPasswordHash = secrets.accessPasswordHash();
        this.accessPasswordSealed = secrets.accessPasswordSealed();
    }

    /**
     * The hashed and sealed secrets of a new session.
     *
     * @param accessPasswordSealed the access password encrypted for the hand-off to the PC
     */
    public record Secrets(String securityCodeHash, String deploymentTokenHash, String accessPasswordHash,
            String accessPasswordSealed) {
    }

    /** True while pending or active and not past its deadline, whatever the timers did. */
    public boolean isOpenAt(Instant now) {
        return state != SessionState.ENDED && now.isBefore(deadline());
    }

    /** The instant after which the session must be treated as ended. */
    public Instant deadline() {
        return state == SessionState.ACTIVE ? expiresAt : invitationExpiresAt;
    }

    /** The reason to end this session with once its deadline has passed. */
    public EndReason reasonForDeadline() {
        return state == SessionState.ACTIVE ? EndReason.EXPIRED : EndReason.INVITATION_EXPIRED;
    }

    /**
     * Tries the security code the PC sent. Only a pending session whose code is not locked takes
     * a code: there {@code matchesHash} is asked about the stored hash, and a wrong code counts
     * towards the lock ({@code maxAttempts} in a row lock codes for {@code lockout}). An active
     * session (the app was installed for it already) or a locked one is refused uncounted.
     *
     * @return true when the code is right and the session may be activated
     */
    public boolean tryCode(Instant now, Predicate<String> matchesHash, int maxAttempts, Duration lockout) {
        if (state != SessionState.PENDING || codeLockout.isLockedAt(now)) {
            return false;
        }
        if (matchesHash.test(securityCodeHash)) {
            return true;
        }
        codeLockout.recordFailure(now, maxAttempts, lockout);
        return false;
    }

    public boolean isPasswordLockedAt(Instant now) {
        return passwordLockout.isLockedAt(now);
    }

    /** Counts a wrong access password at connection; too many in a row lock connections for a while. */
    public void recordWrongPassword(Instant now, int maxAttempts, Duration lockout) {
        passwordLockout.recordFailure(now, maxAttempts, lockout);
    }

    public void recordRightPassword() {
        passwordLockout.recordSuccess();
    }

    /** The PC took the session: the code and the sealed password are spent. */
    public void activate(Instant now, Duration lifetime) {
        if (state != SessionState.PENDING) {
            throw new IllegalStateException("only a pending session can be activated");
        }
        state = SessionState.ACTIVE;
        activatedAt = now;
        expiresAt = now.plus(lifetime);
        securityCodeHash = null;
        accessPasswordSealed = null;
        codeLockout = new Lockout();
    }

    /** Ends the session once; returns false when it had already ended. */
    public boolean end(EndReason reason, Instant now) {
        if (state == SessionState.ENDED) {
            return false;
        }
        state = SessionState.ENDED;
        endReason = reason;
        endedAt = now;
        securityCodeHash = null;
        deploymentTokenHash = null;
        accessPasswordSealed = null;
        return true;
    }

    /** A resent invitation carries a new link; the old one stops working. */
    public void replaceDeploymentToken(String newTokenHash) {
        this.deploymentTokenHash = newTokenHash;
    }

    public void markEmailSent(Instant now) {
        this.emailSentAt = now;
    }

    public Long getId() {
        return id;
    }

    @Override
    public Company getCompany() {
        return company;
    }

    public Technician getTechnician() {
        return technician;
    }

    public String getEndUserEmail() {
        return endUserEmail;
    }

    public SessionState getState() {
        return state;
    }

    public EndReason getEndReason() {
        return endReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getInvitationExpiresAt() {
        return invitationExpiresAt;
    }

    public Instant getEmailSentAt() {
        return emailSentAt;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getSecurityCodeHash() {
        return securityCodeHash;
    }

    public String getAccessPasswordHash() {
        return accessPasswordHash;
    }

    public String getAccessPasswordSealed() {
        return accessPasswordSealed;
    }
}

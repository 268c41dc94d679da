package com.adhocsupport.domain.technician;

import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.company.CompanyOwned;
import com.adhocsupport.domain.shared.EmailAddress;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** A support provider of a company who logs in to the console. */
@Entity
@Table(name = "technician")
@NamedQuery(name = "Technician.findByEmail", query = "select t from Technician t where lower(t.email) = lower(:email)")
@NamedQuery(name = "Technician.findByCompany", query = "select t from Technician t where t.company = :company order by t.displayName")
public class Technician implements CompanyOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false)
    private Company company;

    @Column(nullable = false, unique = true, length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "full_remote_control", nullable = false)
    private boolean fullRemoteControl;

    @Column(length = 10)
    private String locale;

    @Column(nullable = false)
    private boolean active = true;

    /** The TOTP secret, sealed; null while the technician has no second factor. */
    @Column(name = "second_factor_secret", length = 255)
    private String secondFactorSecret;

    /** The newest time step whose code was accepted: that code and every older one are refused from then on. */
    @Column(name = "second_factor_last_step")
    private Long secondFactorLastStep;

    /** Hashes of the recovery codes not used yet. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "recovery_code", joinColumns = @JoinColumn(name = "technician_id"))
    @Column(name = "code_hash", nullable = false, length = 255)
    private Set<String> recoveryCodeHashes = new HashSet<>();

    @Version
    private long version;

    protected Technician() {
    }

    public Technician(Company company, EmailAddress email, String displayName, String passwordHash, Role role) {
        this.company = company;
        this.email = email.value().toLowerCase(Locale.ROOT);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
    }

    public void grantFullRemoteControl(boolean allowed) {
        this.fullRemoteControl = allowed;
    }

    public void changeRole(Role newRole) {
        this.role = newRole;
    }

    public void changeLocale(Locale newLocale) {
        this.locale = newLocale == null ? null : newLocale.toLanguageTag();
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    /** Switches the second factor on with a secret whose code of {@code firstStep} the technician just typed. */
    public void turnOnSecondFactor(String sealedSecret, long firstStep) {
        this.secondFactorSecret = sealedSecret;
        this.secondFactorLastStep = firstStep;
    }

    /** Removes the second factor and its recovery codes. */
    public void turnOffSecondFactor() {
        this.secondFactorSecret = null;
        this.secondFactorLastStep = null;
        this.recoveryCodeHashes.clear();
    }

    public boolean hasSecondFactor() {
        return secondFactorSecret != null;
    }

    public String getSecondFactorSecret() {
        return secondFactorSecret;
    }

    /**
     * Takes the code of {@code step}: codes are single-use, so a step at or before the last one taken is
     * refused. The caller holds the technician's row locked, so this holds on every node of a cluster.
     */
    public boolean claimCodeStep(long step) {
        if (secondFactorLastStep != null && step <= secondFactorLastStep) {
            return false;
        }
        secondFactorLastStep = step;
        return true;
    }

    public void replaceRecoveryCodes(Collection<String> hashes) {
        recoveryCodeHashes.clear();
        recoveryCodeHashes.addAll(hashes);
    }

    public Set<String> getRecoveryCodeHashes() {
        return Set.copyOf(recoveryCodeHashes);
    }

    /** A recovery code works once: its hash is removed; false when it was not (or no longer) one of them. */
    public boolean useRecoveryCode(String hash) {
        return recoveryCodeHashes.remove(hash);
    }

    public Long getId() {
        return id;
    }

    @Override
    public Company getCompany() {
        return company;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isAdministrator() {
        return role == Role.ADMINISTRATOR;
    }

    public boolean hasFullRemoteControl() {
        return fullRemoteControl;
    }

    /** The language the technician chose in the console, or null when they never chose. */
    public Locale getChosenLocale() {
        return locale == null ? null : Locale.forLanguageTag(locale);
    }

    /** The technician's chosen language, or English when none was chosen. */
    public Locale getLocale() {
        return locale == null ? Locale.ENGLISH : Locale.forLanguageTag(locale);
    }

    public boolean isActive() {
        return active;
    }
}

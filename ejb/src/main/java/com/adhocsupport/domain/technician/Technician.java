package com.adhocsupport.domain.technician;

import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.company.CompanyOwned;
import com.adhocsupport.domain.shared.EmailAddress;
import jakarta.persistence.Column;
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
import java.util.Locale;

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

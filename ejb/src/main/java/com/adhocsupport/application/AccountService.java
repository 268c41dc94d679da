package com.adhocsupport.application;

import com.adhocsupport.application.security.PasswordHasher;
import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.company.CompanyRepository;
import com.adhocsupport.domain.company.Plan;
import com.adhocsupport.domain.company.Seats;
import com.adhocsupport.domain.shared.EmailAddress;
import com.adhocsupport.domain.technician.Role;
import com.adhocsupport.domain.technician.Technician;
import com.adhocsupport.domain.technician.TechnicianRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Locale;

/** Companies and their technicians: what account administration and first-run setup create. */
@Stateless
public class AccountService {

    private static final int MIN_LOGIN_PASSWORD = 12;

    @Inject
    CompanyRepository companies;
    @Inject
    TechnicianRepository technicians;
    @Inject
    PasswordHasher hasher;

    /** The signed-in technician, by the login name the container knows. */
    public Optional<TechnicianProfile> profile(String email) {
        return technicians.findByEmail(email).filter(Technician::isActive).map(TechnicianProfile::of);
    }

    public long createCompany(String name, Plan plan, boolean insightModule, int seats) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "input.company.nameRequired");
        }
        Seats allowed = InvalidInputException.valueOrThrow("seats", () -> new Seats(seats));
        Company company = new Company(name.strip(), plan, insightModule, allowed);
        companies.store(company);
        return company.getId();
    }

    /** The language of the technician's console and of the invitations they send. */
    public void changeLocale(long technicianId, Locale locale) {
        technicians.find(technicianId).orElseThrow(() -> new AccessDeniedException("technician " + technicianId))
                .changeLocale(locale);
    }

    /** Adds a technician with a login password (hashed with PBKDF2, 600,000 iterations). */
    public long addTechnician(long companyId, String typedEmail, String displayName, String password, Role role,
            boolean fullRemoteControl) {
        Company company = companies.find(companyId).orElseThrow(() -> new AccessDeniedException("company " + companyId));
        EmailAddress email = InvalidInputException.valueOrThrow("email", () -> new EmailAddress(typedEmail));
        if (technicians.findByEmail(email.value()).isPresent()) {
            throw new InvalidInputException("email", "input.technician.emailTaken");
        }
        if (password == null || password.length() < MIN_LOGIN_PASSWORD) {
            throw new InvalidInputException("password", "input.technician.passwordTooShort");
        }
        Technician technician = new Technician(company, email, displayName == null || displayName.isBlank()
                ? email.value() : displayName.strip(), hasher.hash(password), role);
        technician.grantFullRemoteControl(fullRemoteControl);
        technicians.store(technician);
        return technician.getId();
    }
}

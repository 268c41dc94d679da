package com.adhocsupport.application;

import com.adhocsupport.application.security.PasswordHasher;
import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.company.CompanyRepository;
import com.adhocsupport.domain.company.Plan;
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
        if (seats < 0) {
            throw new InvalidInputException("seats", "input.company.seatsNegative");
        }
        Company company = new Company(name.strip(), plan, insightModule, seats);
        companies.store(company);
        return company.getId();
    }

    /** The language of the technician's console and of the invitations they send. */
    public void changeLocale(long technicianId, Locale locale) {
        technicians.find(technicianId).orElseThrow(() -> new AccessDeniedException("technician " + technicianId))
                .changeLocale(locale);
    }

    /** Adds a technician with a login password (hashed with PBKDF2, 600,000 iterations). */
    public long addTechnician(long companyId, String email, String displayName, String password, Role role,
            boolean fullRemoteControl) {
        Company company = companies.find(companyId).orElseThrow(() -> new AccessDeniedException("company " + companyId));
        if (email == null || !email.contains("@")) {
            throw new InvalidInputException("email", "input.email.invalid");
        }
        if (technicians.findByEmail(email).isPresent()) {
            throw new InvalidInputException("email", "input.technician.emailTaken");
        }
        if (password == null || password.length() < MIN_LOGIN_PASSWORD) {
            throw new InvalidInputException("password", "input.technician.passwordTooShort");
        }
        Technician technician = new Technician(company, email, displayName == null || displayName.isBlank()
                ? email : displayName.strip(), hasher.hash(password), role);
        technician.grantFullRemoteControl(fullRemoteControl);
        technicians.store(technician);
        return technician.getId();
    }
}

package com.adhocsupport.application;

import com.adhocsupport.domain.company.Installation;
import com.adhocsupport.domain.company.InstallationRepository;
import com.adhocsupport.domain.company.Plan;
import com.adhocsupport.domain.technician.Role;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;

/** First run: creates the first company and its administrator, once, ever. */
@Stateless
public class SetupService {

    /** What a new installation starts with; the administrator changes it on the Account page. */
    static final int INITIAL_SEATS = 5;

    @Inject
    InstallationRepository installation;
    @EJB
    AccountService accounts;

    public boolean isSetUp() {
        return installation.exists();
    }

    /** @throws InvalidInputException with key {@code setup.alreadyDone} when setup has happened already */
    public long setUp(String companyName, String adminName, String adminEmail, String adminPassword) {
        if (installation.exists()) {
            throw new InvalidInputException("setup", "setup.alreadyDone");
        }
        try {
            installation.record(new Installation(Instant.now()));
        } catch (PersistenceException raceLost) {
            throw new InvalidInputException("setup", "setup.alreadyDone");
        }
        long company = accounts.createCompany(companyName, Plan.BASE, true, INITIAL_SEATS);
        return accounts.addTechnician(company, adminEmail, adminName, adminPassword, Role.ADMINISTRATOR, true);
    }
}

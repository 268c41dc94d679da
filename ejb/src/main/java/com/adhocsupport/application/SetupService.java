package com.adhocsupport.application;

import com.adhocsupport.domain.audit.AuditAction;
import com.adhocsupport.domain.company.Installation;
import com.adhocsupport.domain.company.InstallationRepository;
import com.adhocsupport.domain.company.Plan;
import com.adhocsupport.domain.company.SetupToken;
import com.adhocsupport.domain.company.SetupTokenStore;
import com.adhocsupport.domain.technician.Role;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * First run: creates the first company and its administrator, once, ever, for whoever shows
 * the setup token the server handed its operator.
 */
@Stateless
public class SetupService {

    private static final Logger LOG = Logger.getLogger(SetupService.class.getName());

    /** What a new installation starts with; the administrator changes it on the Account page. */
    static final int INITIAL_SEATS = 5;

    @Inject
    InstallationRepository installation;
    @Inject
    SetupTokenStore tokens;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @EJB
    AccountService accounts;

    public boolean isSetUp() {
        return installation.exists();
    }

    /**
     * Before setup, makes sure the operator has a setup token (a new one unless one is kept
     * already) and says where it is; never logs the token itself.
     */
    public void issueTokenUnlessSetUp() {
        if (installation.exists()) {
            tokens.discard();
            return;
        }
        if (tokens.read().isEmpty()) {
            tokens.write(SetupToken.generate());
        }
        LOG.info(() -> "AdHoc Support is not set up yet: setup token written to " + tokens.location()
                + " (open /setup and enter it)");
    }

    /**
     * @throws InvalidInputException with key {@code setup.alreadyDone} when setup has happened
     *         already, {@code setup.token.wrong} when the setup token is missing or wrong
     */
    public long setUp(String setupToken, String companyName, String adminName, String adminEmail, String adminPassword,
            String source) {
        if (installation.exists()) {
            throw new InvalidInputException("setup", "setup.alreadyDone");
        }
        if (!tokens.read().map(token -> token.matches(setupToken)).orElse(false)) {
            throw new InvalidInputException("token", "setup.token.wrong");
        }
        try {
            installation.record(new Installation(clock.instant()));
        } catch (PersistenceException raceLost) {
            throw new InvalidInputException("setup", "setup.alreadyDone");
        }
        long company = accounts.createCompany(companyName, Plan.BASE, true, INITIAL_SEATS);
        long administrator = accounts.addTechnician(company, adminEmail, adminName, adminPassword, Role.ADMINISTRATOR, true);
        audit.recordAccount(company, adminEmail, AuditAction.SETUP_COMPLETED, "company " + companyName, source);
        tokens.discard();
        return administrator;
    }
}

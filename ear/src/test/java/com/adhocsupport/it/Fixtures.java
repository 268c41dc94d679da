package com.adhocsupport.it;

import com.adhocsupport.application.AccountService;
import com.adhocsupport.domain.company.Plan;
import com.adhocsupport.domain.technician.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Creates companies and technicians with unique names, so test classes never see each other's data. */
@ApplicationScoped
public class Fixtures {

    public static final String PASSWORD = "Access-Pa55word";

    @EJB
    AccountService accounts;

    public long company(Plan plan, boolean insight, int seats) {
        return accounts.createCompany("Company " + UUID.randomUUID(), plan, insight, seats);
    }

    public long technician(long companyId) {
        return technician(companyId, Role.TECHNICIAN, true);
    }

    public long technician(long companyId, Role role, boolean fullRemoteControl) {
        String name = "tech-" + UUID.randomUUID();
        return accounts.addTechnician(companyId, name + "@provider.example", name, "Login-Pa55word-1", role,
                fullRemoteControl);
    }

    public static String endUser() {
        return "user-" + UUID.randomUUID() + "@customer.example";
    }
}

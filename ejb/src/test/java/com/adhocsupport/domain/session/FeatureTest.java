package com.adhocsupport.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.company.Plan;
import com.adhocsupport.domain.company.Seats;
import com.adhocsupport.domain.shared.EmailAddress;
import com.adhocsupport.domain.technician.Role;
import com.adhocsupport.domain.technician.Technician;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeatureTest {

    @ParameterizedTest(name = "{0} insight={1} fullControl={2}: file manager {3}, dashboard {4}")
    @CsvSource({
        "BASE,           false, true,  ok,                          feature.dashboard.notInPlan",
        "BASE,           true,  true,  ok,                          ok",
        "BASE,           true,  false, feature.fileManager.noPermission, ok",
        "LEGACY_BASIC,   true,  true,  feature.fileManager.notInPlan, feature.dashboard.planWithoutDashboard",
        "LEGACY_PLUS,    false, true,  ok,                          ok",
        "LEGACY_PREMIER, false, false, feature.fileManager.noPermission, ok",
        "TRIAL,          true,  true,  feature.fileManager.notInPlan, feature.dashboard.planWithoutDashboard"
    })
    void gatesFollowPlanModuleAndPermission(Plan plan, boolean insight, boolean fullControl, String fileManager,
            String dashboard) {
        Company company = new Company("C", plan, insight, new Seats(5));
        Technician technician = new Technician(company, new EmailAddress("t@c.example"), "T", "h", Role.TECHNICIAN);
        technician.grantFullRemoteControl(fullControl);
        assertEquals(expected(fileManager), Feature.FILE_MANAGER.refusal(company, technician));
        assertEquals(expected(dashboard), Feature.DASHBOARD.refusal(company, technician));
        assertTrue(Feature.REMOTE_CONTROL.refusal(company, technician).isEmpty());
    }

    private static Optional<String> expected(String value) {
        return "ok".equals(value) ? Optional.empty() : Optional.of(value);
    }
}

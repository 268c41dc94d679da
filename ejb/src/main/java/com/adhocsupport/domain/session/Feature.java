package com.adhocsupport.domain.session;

import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.technician.Technician;
import java.util.Optional;

/** The ways a technician reaches an active PC, and what each needs from the plan and the technician. */
public enum Feature {
    REMOTE_CONTROL,
    FILE_MANAGER,
    DASHBOARD;

    /** The message key of the reason this feature is unavailable, or empty when it is available. */
    public Optional<String> refusal(Company company, Technician technician) {
        switch (this) {
            case FILE_MANAGER:
                if (!company.getPlan().includesFileManager()) {
                    return Optional.of("feature.fileManager.notInPlan");
                }
                if (!technician.hasFullRemoteControl()) {
                    return Optional.of("feature.fileManager.noPermission");
                }
                return Optional.empty();
            case DASHBOARD:
                if (company.getPlan().includesDashboard(company.hasInsightModule())) {
                    return Optional.empty();
                }
                // A plan that would have it with the Insight module says so; others have no way to it.
                return Optional.of(company.getPlan().includesDashboard(true)
                        ? "feature.dashboard.notInPlan" : "feature.dashboard.planWithoutDashboard");
            default:
                return Optional.empty();
        }
    }
}

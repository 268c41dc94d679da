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
                return company.getPlan().includesDashboard(company.hasInsightModule())
                        ? Optional.empty() : Optional.of("feature.dashboard.notInPlan");
            default:
                return Optional.empty();
        }
    }
}

package com.adhocsupport.application;

import com.adhocsupport.domain.company.Plan;
import com.adhocsupport.domain.recording.RecordingSettings;
import com.adhocsupport.domain.session.SessionLimits;
import java.io.Serializable;

/** The account page: plan, modules, seats in use, whether a second factor is required, recording, and the deployment's limits. */
public record AccountSummary(String companyName, Plan plan, boolean insightModule, int seats, long seatsInUse,
        SessionLimits limits, boolean secondFactorRequired, RecordingSettings recording) implements Serializable {
}

package com.adhocsupport.domain.session;

import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.technician.Technician;

/**
 * The rules for starting a session. Open sessions (pending or active) count against every
 * limit, so a pending invitation reserves its seat and an activation never fails for capacity.
 */
public final class StartRules {

    private StartRules() {
    }

    /**
     * @throws SessionRefusedException with the first rule that forbids starting
     */
    public static void check(Company company, Technician technician, long openForTechnician,
            long openForCompany, SessionLimits limits) {
        if (!technician.isActive()) {
            throw new SessionRefusedException(StartRefusal.TECHNICIAN_INACTIVE);
        }
        if (!company.getPlan().allowsAdHocSupport()) {
            throw new SessionRefusedException(StartRefusal.TRIAL_PLAN);
        }
        if (openForTechnician >= limits.perTechnician()) {
            throw new SessionRefusedException(StartRefusal.SESSION_ALREADY_OPEN);
        }
        if (openForCompany >= limits.perCompany()) {
            throw new SessionRefusedException(StartRefusal.COMPANY_LIMIT_REACHED, limits.perCompany());
        }
        if (openForCompany >= company.getSeats()) {
            throw new SessionRefusedException(StartRefusal.NO_FREE_SEAT);
        }
    }
}

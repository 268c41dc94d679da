package com.adhocsupport.domain.session;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.company.Plan;
import com.adhocsupport.domain.company.Seats;
import com.adhocsupport.domain.shared.EmailAddress;
import com.adhocsupport.domain.technician.Role;
import com.adhocsupport.domain.technician.Technician;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StartRulesTest {

    private static final SessionLimits LIMITS = new SessionLimits(Duration.ofHours(24), Duration.ofHours(24), 1, 5);

    private final Company company = new Company("Acme", Plan.BASE, false, new Seats(10));
    private final Technician technician = new Technician(company, new EmailAddress("Anna@Acme.example"), "Anna", "hash", Role.TECHNICIAN);

    private StartRefusal refusal(Company c, long openForTechnician, long openForCompany) {
        return assertThrows(SessionRefusedException.class,
                () -> StartRules.check(c, technician, openForTechnician, openForCompany, LIMITS)).getRefusal();
    }

    @Test
    void startsWhenEveryRuleHolds() {
        assertDoesNotThrow(() -> StartRules.check(company, technician, 0, 4, LIMITS));
    }

    @ParameterizedTest
    @EnumSource(value = Plan.class, names = "TRIAL", mode = EnumSource.Mode.EXCLUDE)
    void everyPaidPlanCurrentOrLegacyCanStartASession(Plan plan) {
        assertDoesNotThrow(() -> StartRules.check(new Company("P", plan, false, new Seats(10)), technician, 0, 0, LIMITS));
    }

    @Test
    void trialPlansCannotUseAdHocSupport() {
        assertEquals(StartRefusal.TRIAL_PLAN, refusal(new Company("T", Plan.TRIAL, true, new Seats(10)), 0, 0));
    }

    @Test
    void oneOpenSessionPerTechnician() {
        assertEquals(StartRefusal.SESSION_ALREADY_OPEN, refusal(company, 1, 1));
    }

    @Test
    void fiveOpenSessionsPerCompany() {
        assertEquals(StartRefusal.COMPANY_LIMIT_REACHED, refusal(company, 0, 5));
    }

    @Test
    void needsAFreeSeat() {
        assertEquals(StartRefusal.NO_FREE_SEAT, refusal(new Company("Small", Plan.BASE, false, new Seats(2)), 0, 2));
        assertEquals(StartRefusal.NO_FREE_SEAT, refusal(new Company("None", Plan.LEGACY_PLUS, false, new Seats(0)), 0, 0));
    }

    @Test
    void limitsAreConfigurable() {
        SessionLimits wider = new SessionLimits(LIMITS.sessionLifetime(), LIMITS.invitationLifetime(), 2, 8);
        assertDoesNotThrow(() -> StartRules.check(company, technician, 1, 7, wider));
    }

    @Test
    void inactiveTechniciansCannotStart() {
        technician.deactivate();
        assertEquals(StartRefusal.TECHNICIAN_INACTIVE, refusal(company, 0, 0));
    }
}

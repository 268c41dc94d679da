package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adhocsupport.application.AccessDeniedException;
import com.adhocsupport.application.AdHocSessionService;
import com.adhocsupport.application.AdHocSessionService.NewSession;
import com.adhocsupport.application.InvalidInputException;
import com.adhocsupport.domain.audit.AuditAction;
import com.adhocsupport.domain.audit.AuditEvent;
import com.adhocsupport.domain.audit.AuditRepository;
import com.adhocsupport.domain.company.Plan;
import com.adhocsupport.domain.session.EndReason;
import com.adhocsupport.domain.session.Feature;
import com.adhocsupport.domain.session.SessionRefusedException;
import com.adhocsupport.domain.session.SessionState;
import com.adhocsupport.domain.session.StartRefusal;
import com.adhocsupport.domain.technician.Role;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every rule for starting, ending and reaching a session, with the refusal a technician would see. */
@ExtendWith(ArquillianExtension.class)
class SessionRulesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWith(SessionRulesIT.class);
    }

    @EJB
    AdHocSessionService sessions;
    @Inject
    Fixtures fixtures;
    @Inject
    AuditRepository audit;

    private NewSession start(long technician) {
        return sessions.start(technician, Fixtures.endUser(), Fixtures.PASSWORD, Fixtures.PASSWORD, "203.0.113.7");
    }

    private StartRefusal refusalFor(long technician) {
        return assertThrows(SessionRefusedException.class, () -> start(technician)).getRefusal();
    }

    private List<AuditAction> actions(long sessionId) {
        return audit.findBySession(sessionId).stream().map(AuditEvent::getAction).toList();
    }

    @Test
    void startsAPendingSessionWithACodeAndALinkShownOnce() {
        long technician = fixtures.technician(fixtures.company(Plan.BASE, false, 5));
        NewSession created = start(technician);

        assertTrue(created.securityCode().matches("[0-9]{9}"));
        assertTrue(created.deploymentLink().matches("http://localhost:" + ServerAddress.httpPort() + "/d/[A-Za-z0-9_-]{43}"), created.deploymentLink());
        assertEquals(SessionState.PENDING, sessions.openSession(technician).orElseThrow().state());
        List<AuditEvent> events = audit.findBySession(created.sessionId());
        assertEquals(AuditAction.SESSION_CREATED, events.get(0).getAction());
        assertEquals("203.0.113.7", events.get(0).getSourceAddress());
        assertTrue(events.stream().noneMatch(e -> String.valueOf(e.getDetail()).contains(created.securityCode())));
    }

    @Test
    void oneOpenSessionPerTechnician() {
        long technician = fixtures.technician(fixtures.company(Plan.BASE, false, 5));
        start(technician);
        assertEquals(StartRefusal.SESSION_ALREADY_OPEN, refusalFor(technician));
    }

    @Test
    void fiveOpenSessionsPerCompany() {
        long company = fixtures.company(Plan.LEGACY_PREMIER, false, 20);
        for (int i = 0; i < 5; i++) {
            start(fixtures.technician(company));
        }
        assertEquals(StartRefusal.COMPANY_LIMIT_REACHED, refusalFor(fixtures.technician(company)));
    }

    @Test
    void needsAFreeSeat() {
        long company = fixtures.company(Plan.BASE, false, 1);
        start(fixtures.technician(company));
        assertEquals(StartRefusal.NO_FREE_SEAT, refusalFor(fixtures.technician(company)));
    }

    @Test
    void notOnTrialPlans() {
        assertEquals(StartRefusal.TRIAL_PLAN, refusalFor(fixtures.technician(fixtures.company(Plan.TRIAL, true, 5))));
    }

    @Test
    void badInputIsRefusedAndWritesNothing() {
        long technician = fixtures.technician(fixtures.company(Plan.BASE, false, 5));
        assertEquals("input.email.invalid", assertThrows(InvalidInputException.class,
                () -> sessions.start(technician, "not-an-address", "Pw-12345678", "Pw-12345678", null)).getMessageKey());
        assertEquals("input.password.mismatch", assertThrows(InvalidInputException.class,
                () -> sessions.start(technician, Fixtures.endUser(), "Pw-12345678", "Pw-12345679", null)).getMessageKey());
        assertEquals("input.password.required", assertThrows(InvalidInputException.class,
                () -> sessions.start(technician, Fixtures.endUser(), "", "", null)).getMessageKey());
        assertEquals(Optional.empty(), sessions.openSession(technician));
    }

    @Test
    void endingNowFreesTheTechnicianAndIsAudited() {
        long technician = fixtures.technician(fixtures.company(Plan.BASE, false, 5));
        NewSession first = start(technician);
        sessions.end(technician, first.sessionId(), "198.51.100.1");

        assertEquals(EndReason.ENDED_BY_TECHNICIAN, sessions.session(technician, first.sessionId()).endReason());
        assertTrue(actions(first.sessionId()).contains(AuditAction.SESSION_ENDED));
        assertTrue(start(technician).sessionId() > first.sessionId());
        assertEquals("input.session.ended", assertThrows(InvalidInputException.class,
                () -> sessions.end(technician, first.sessionId(), null)).getMessageKey());
    }

    @Test
    void anotherCompanyCanNeitherSeeNorEndASession() {
        long owner = fixtures.technician(fixtures.company(Plan.BASE, false, 5));
        long stranger = fixtures.technician(fixtures.company(Plan.BASE, false, 5), Role.ADMINISTRATOR, true);
        NewSession created = start(owner);
        assertThrows(AccessDeniedException.class, () -> sessions.end(stranger, created.sessionId(), null));
        assertThrows(AccessDeniedException.class, () -> sessions.session(stranger, created.sessionId()));
        assertEquals(SessionState.PENDING, sessions.openSession(owner).orElseThrow().state());
    }

    @Test
    void aColleagueCannotEndMySessionButTheAdministratorCan() {
        long company = fixtures.company(Plan.BASE, false, 5);
        long owner = fixtures.technician(company);
        long colleague = fixtures.technician(company);
        long admin = fixtures.technician(company, Role.ADMINISTRATOR, true);
        NewSession created = start(owner);
        assertThrows(AccessDeniedException.class, () -> sessions.end(colleague, created.sessionId(), null));
        sessions.end(admin, created.sessionId(), null);
        assertEquals(Optional.empty(), sessions.openSession(owner));
    }

    @Test
    void fileManagerAndDashboardFollowPlanModuleAndPermission() {
        long base = fixtures.company(Plan.BASE, false, 5);
        long limited = fixtures.technician(base, Role.TECHNICIAN, false);
        assertEquals(Optional.of("feature.fileManager.noPermission"), sessions.featureRefusal(limited, Feature.FILE_MANAGER));
        assertEquals(Optional.of("feature.dashboard.notInPlan"), sessions.featureRefusal(limited, Feature.DASHBOARD));
        assertEquals(Optional.empty(), sessions.featureRefusal(limited, Feature.REMOTE_CONTROL));

        long insight = fixtures.technician(fixtures.company(Plan.BASE, true, 5), Role.TECHNICIAN, true);
        assertEquals(Optional.empty(), sessions.featureRefusal(insight, Feature.FILE_MANAGER));
        assertEquals(Optional.empty(), sessions.featureRefusal(insight, Feature.DASHBOARD));
    }
}

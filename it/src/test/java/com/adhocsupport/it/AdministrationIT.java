package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adhocsupport.application.AccessDeniedException;
import com.adhocsupport.application.ActivationResult.Provisioned;
import com.adhocsupport.application.AdHocSessionService;
import com.adhocsupport.application.AdHocSessionService.NewSession;
import com.adhocsupport.application.AdministrationService;
import com.adhocsupport.application.AgentSessionService;
import com.adhocsupport.application.AgentSessionService.ComputerInfo;
import com.adhocsupport.application.AuditEntry;
import com.adhocsupport.application.ConnectionAuthorization.Granted;
import com.adhocsupport.application.ConnectionAuthorization.Refused;
import com.adhocsupport.application.ConnectionService;
import com.adhocsupport.application.InvalidInputException;
import com.adhocsupport.application.SignInResult;
import com.adhocsupport.application.SignInService;
import com.adhocsupport.domain.audit.AuditAction;
import com.adhocsupport.domain.audit.AuditFilter;
import com.adhocsupport.domain.company.Plan;
import com.adhocsupport.domain.session.Feature;
import com.adhocsupport.domain.technician.Role;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Administration and the connection gate enforce who may do what, whatever page or request asks. */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWith(AdministrationIT.class);
    }

    @EJB
    AdministrationService administration;
    @EJB
    SignInService signIns;
    @EJB
    AdHocSessionService sessions;
    @EJB
    AgentSessionService agents;
    @EJB
    ConnectionService connections;
    @Inject
    Fixtures fixtures;

    @Test
    void onlyAdministratorsAdministerAndOnlyTheirOwnCompany() {
        long company = fixtures.company(Plan.BASE, false, 5);
        long admin = fixtures.technician(company, Role.ADMINISTRATOR, true);
        long technician = fixtures.technician(company);
        long otherCompanyTechnician = fixtures.technician(fixtures.company(Plan.BASE, false, 5));

        assertThrows(AccessDeniedException.class, () -> administration.technicians(technician));
        assertThrows(AccessDeniedException.class, () -> administration.changePlan(technician, Plan.LEGACY_PREMIER, true, 99, null));
        assertThrows(AccessDeniedException.class,
                () -> administration.updateTechnician(admin, otherCompanyTechnician, Role.ADMINISTRATOR, true, true, null));
        assertEquals("input.technician.notYourself", assertThrows(InvalidInputException.class,
                () -> administration.updateTechnician(admin, admin, Role.TECHNICIAN, true, true, null)).getMessageKey());
        assertEquals(2, administration.technicians(admin).size());
    }

    @Test
    void planChangesAndDeactivationTakeEffectAndAreAudited() {
        long company = fixtures.company(Plan.BASE, false, 5);
        long admin = fixtures.technician(company, Role.ADMINISTRATOR, true);
        long technician = fixtures.technician(company);

        administration.changePlan(admin, Plan.BASE, true, 12, "198.51.100.9");
        assertEquals(12, administration.account(admin).seats());
        assertEquals(Optional.empty(), sessions.featureRefusal(technician, Feature.DASHBOARD));

        administration.updateTechnician(admin, technician, Role.TECHNICIAN, false, false, null);
        String email = administration.technicians(admin).stream().filter(t -> t.id() == technician).findFirst().orElseThrow().email();
        assertInstanceOf(SignInResult.Refused.class, signIns.signIn(email, Fixtures.LOGIN_PASSWORD, "198.51.100.20"),
                "a deactivated technician cannot sign in");
        assertTrue(administration.audit(admin, AuditFilter.ANY).stream().map(AuditEntry::action).toList()
                .containsAll(java.util.List.of(AuditAction.ACCOUNT_CHANGED, AuditAction.TECHNICIAN_CHANGED)));
    }

    @Test
    void loginsLockAfterRepeatedFailuresForThatAddressOnly() {
        Fixtures.Login login = fixtures.login(fixtures.company(Plan.BASE, false, 5), Role.TECHNICIAN, false);
        String attacker = "198.51.100.21";
        assertInstanceOf(SignInResult.SignedIn.class, signIns.signIn(login.email(), Fixtures.LOGIN_PASSWORD, attacker));
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(SignInResult.Refused.class, signIns.signIn(login.email(), "wrong", attacker));
        }
        assertInstanceOf(SignInResult.Waiting.class, signIns.signIn(login.email(), Fixtures.LOGIN_PASSWORD, attacker),
                "locked even with the right password");
        assertInstanceOf(SignInResult.SignedIn.class, signIns.signIn(login.email(), Fixtures.LOGIN_PASSWORD, "198.51.100.22"),
                "the technician at another address still signs in");
        assertInstanceOf(SignInResult.Refused.class, signIns.signIn("nobody@nowhere.example", "x", attacker));
    }

    @Test
    void connectionsNeedTheAccessPasswordAnActiveSessionAndTheSameCompany() {
        long technician = fixtures.technician(fixtures.company(Plan.BASE, true, 5));
        long stranger = fixtures.technician(fixtures.company(Plan.BASE, true, 5));
        NewSession session = fixtures.invite(technician);
        assertEquals(new Refused("connect.notActive"),
                connections.authorize(technician, session.sessionId(), Feature.REMOTE_CONTROL, Fixtures.PASSWORD, false, null));

        String token = Fixtures.token(session);
        Provisioned done = (Provisioned) agents.activate(token, session.securityCode(), new ComputerInfo("PC", "Windows"), null);
        assertTrue(done.credential().length() > 40);
        assertThrows(AccessDeniedException.class, () -> connections.authorize(stranger, session.sessionId(),
                Feature.REMOTE_CONTROL, Fixtures.PASSWORD, false, null));
        assertInstanceOf(Granted.class,
                connections.authorize(technician, session.sessionId(), Feature.DASHBOARD, Fixtures.PASSWORD, true, null));
        for (int i = 0; i < 5; i++) {
            assertEquals(new Refused("connect.wrongPassword"),
                    connections.authorize(technician, session.sessionId(), Feature.REMOTE_CONTROL, "guess" + i, false, null));
        }
        assertEquals(new Refused("connect.locked"),
                connections.authorize(technician, session.sessionId(), Feature.REMOTE_CONTROL, Fixtures.PASSWORD, false, null));
    }
}

package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adhocsupport.application.AdHocSessionService;
import com.adhocsupport.application.AdHocSessionService.NewSession;
import com.adhocsupport.application.AgentSessionService;
import com.adhocsupport.application.AgentSessionService.ComputerInfo;
import com.adhocsupport.application.PersonalDataRetention;
import com.adhocsupport.application.SessionSummary;
import com.adhocsupport.domain.audit.AuditAction;
import com.adhocsupport.domain.audit.AuditEvent;
import com.adhocsupport.domain.audit.AuditRepository;
import com.adhocsupport.domain.company.Plan;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** After the retention period, an ended session keeps its audit trail but no personal data of the end user. */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWith(RetentionIT.class);
    }

    @EJB
    AdHocSessionService sessions;
    @EJB
    AgentSessionService agents;
    @EJB
    PersonalDataRetention retention;
    @Inject
    Fixtures fixtures;
    @Inject
    AuditRepository audit;

    private long endedSession(long technician, String endUser) {
        NewSession session = sessions.start(technician, endUser, Fixtures.PASSWORD, Fixtures.PASSWORD, null);
        agents.activate(Fixtures.token(session), session.securityCode(), new ComputerInfo("ROSSI-LAPTOP", "Windows 11"),
                "192.0.2.44");
        sessions.end(technician, session.sessionId(), "198.51.100.2");
        return session.sessionId();
    }

    @Test
    void endedSessionsLoseTheEndUsersDataButKeepTheirAuditTrail() {
        long technician = fixtures.technician(fixtures.company(Plan.BASE, false, 5));
        String endUser = Fixtures.endUser();
        long old = endedSession(technician, endUser);
        Instant cutoff = Instant.now();
        long recent = fixtures.technician(fixtures.company(Plan.BASE, false, 5));
        long recentSession = endedSession(recent, Fixtures.endUser());

        assertTrue(retention.purgeEndedBefore(cutoff) >= 1);

        SessionSummary purged = sessions.session(technician, old);
        assertNull(purged.endUserEmail());
        assertEquals("(purged)", purged.computer().name());
        assertNull(purged.computer().osName());
        List<AuditEvent> trail = audit.findBySession(old);
        assertTrue(trail.stream().map(AuditEvent::getAction).toList()
                .containsAll(List.of(AuditAction.SESSION_CREATED, AuditAction.SESSION_ACTIVATED, AuditAction.SESSION_ENDED)));
        assertTrue(trail.stream().noneMatch(e -> String.valueOf(e.getDetail()).contains(endUser)
                || String.valueOf(e.getDetail()).contains("ROSSI")), "no e-mail address or PC name left");
        assertTrue(trail.stream().filter(e -> AuditEvent.AGENT.equals(e.getActor())).allMatch(e -> e.getSourceAddress() == null));
        assertTrue(trail.stream().anyMatch(e -> "198.51.100.2".equals(e.getSourceAddress())), "technicians' addresses stay");

        assertNotNull(sessions.session(recent, recentSession).endUserEmail(), "sessions ended after the cutoff are kept");
        assertEquals(0, retention.purgeEndedBefore(cutoff), "a second purge finds nothing");
    }
}

package com.adhocsupport.it;

import com.adhocsupport.application.AccountService;
import com.adhocsupport.application.AdHocSessionService;
import com.adhocsupport.application.AdHocSessionService.NewSession;
import com.adhocsupport.domain.company.Plan;
import com.adhocsupport.domain.technician.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Creates companies and technicians with unique names, so test classes never see each other's data. */
@ApplicationScoped
public class Fixtures {

    public static final String PASSWORD = "Access-Pa55word";
    public static final String LOGIN_PASSWORD = "Login-Pa55word-1";

    @EJB
    AccountService accounts;
    @EJB
    AdHocSessionService sessions;
    @PersistenceContext(unitName = "adhoc")
    EntityManager database;

    public long company(Plan plan, boolean insight, int seats) {
        return accounts.createCompany("Company " + UUID.randomUUID(), plan, insight, seats);
    }

    public long technician(long companyId) {
        return technician(companyId, Role.TECHNICIAN, true);
    }

    public long technician(long companyId, Role role, boolean fullRemoteControl) {
        return login(companyId, role, fullRemoteControl).id();
    }

    /** A technician whose e-mail (login name) the test needs; the login password is {@link #LOGIN_PASSWORD}. */
    public Login login(long companyId, Role role, boolean fullRemoteControl) {
        String name = "tech-" + UUID.randomUUID();
        String email = name + "@provider.example";
        return new Login(accounts.addTechnician(companyId, email, name, LOGIN_PASSWORD, role, fullRemoteControl), email);
    }

    /** A technician's id and login name. */
    public record Login(long id, String email) {
    }

    /** The technician invites a new end user with the standard access password. */
    public NewSession invite(long technicianId) {
        return sessions.start(technicianId, endUser(), PASSWORD, PASSWORD, null);
    }

    /** The deployment token at the end of a session's link. */
    public static String token(NewSession session) {
        return session.deploymentLink().substring(session.deploymentLink().lastIndexOf('/') + 1);
    }

    public static String endUser() {
        return "user-" + UUID.randomUUID() + "@customer.example";
    }

    /** The session's PC as a node that died holding its agent connection leaves it: online, last heard at {@code lastHeard}. */
    @Transactional
    public void pcLeftOnlineByALostNode(long sessionId, Instant lastHeard) {
        database.createNativeQuery("update computer set online = true, online_since = ?1, last_online = ?1 where session_id = ?2")
                .setParameter(1, lastHeard).setParameter(2, sessionId).executeUpdate();
    }

    /**
     * The session's deadline as a node that died with its expiry timer leaves it: passed at
     * {@code deadline}, while no node still running has a timer due (theirs load it only at their
     * next refresh).
     */
    @Transactional
    public void deadlinePassedWhileItsTimerWasOnALostNode(long sessionId, Instant deadline) {
        database.createNativeQuery("update adhoc_session set expires_at = ?1 where id = ?2")
                .setParameter(1, deadline).setParameter(2, sessionId).executeUpdate();
    }

    /** The newest recording's id (the test that made it is the one running). */
    public long newestRecording() {
        return ((Number) database.createNativeQuery("select max(id) from recording").getSingleResult()).longValue();
    }

    /** Flips one bit of the recording's first stored chunk, as someone with access to the database might. */
    @Transactional
    public void alterRecording(long recordingId) {
        byte[] events = (byte[]) database.createNativeQuery("select events from recording_chunk where recording_id = ?1 and seq = 0")
                .setParameter(1, recordingId).getSingleResult();
        events[events.length - 1] ^= 1;
        database.createNativeQuery("update recording_chunk set events = ?1 where recording_id = ?2 and seq = 0")
                .setParameter(1, events).setParameter(2, recordingId).executeUpdate();
    }

    /** How many rows of the recording and its chunks the database holds. */
    public long recordingRows(long recordingId) {
        return ((Number) database.createNativeQuery("select (select count(*) from recording where id = ?1)"
                + " + (select count(*) from recording_chunk where recording_id = ?1)").setParameter(1, recordingId).getSingleResult())
                .longValue();
    }
}

package com.adhocsupport.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.company.Plan;
import com.adhocsupport.domain.company.Seats;
import com.adhocsupport.domain.shared.EmailAddress;
import com.adhocsupport.domain.technician.Role;
import com.adhocsupport.domain.technician.Technician;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AdHocSessionTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private final Company company = new Company("Acme", Plan.BASE, true, new Seats(5));
    private final Technician technician = new Technician(company, new EmailAddress("anna@acme.example"), "Anna", "h", Role.TECHNICIAN);
    private final AdHocSession session = new AdHocSession(company, technician, new EmailAddress("user@example.com"),
            new AdHocSession.Secrets("code-hash", "token-hash", "password-hash", "sealed"), T0, Duration.ofHours(2));

    @Test
    void pendingUntilTheInvitationRunsOut() {
        assertEquals(SessionState.PENDING, session.getState());
        assertTrue(session.isOpenAt(T0.plus(Duration.ofMinutes(119))));
        assertFalse(session.isOpenAt(T0.plus(Duration.ofHours(2))));
        assertEquals(EndReason.INVITATION_EXPIRED, session.reasonForDeadline());
    }

    @Test
    void activationStartsTheLifetimeAndSpendsTheSecrets() {
        Instant activated = T0.plus(Duration.ofMinutes(30));
        session.activate(activated, Duration.ofHours(24));
        assertEquals(SessionState.ACTIVE, session.getState());
        assertEquals(activated.plus(Duration.ofHours(24)), session.getExpiresAt());
        assertTrue(session.isOpenAt(activated.plus(Duration.ofHours(23))));
        assertFalse(session.isOpenAt(session.getExpiresAt()));
        assertEquals(EndReason.EXPIRED, session.reasonForDeadline());
        assertNull(session.getSecurityCodeHash());
        assertNull(session.getAccessPasswordSealed());
        assertThrows(IllegalStateException.class, () -> session.activate(activated, Duration.ofHours(24)));
    }

    @Test
    void endsOnceAndForgetsItsLink() {
        assertTrue(session.end(EndReason.ENDED_BY_TECHNICIAN, T0.plusSeconds(5)));
        assertFalse(session.end(EndReason.EXPIRED, T0.plusSeconds(9)));
        assertEquals(EndReason.ENDED_BY_TECHNICIAN, session.getEndReason());
        assertEquals(T0.plusSeconds(5), session.getEndedAt());
        assertFalse(session.isOpenAt(T0.plusSeconds(6)));
    }

    @Test
    void locksTheCodeAfterTooManyWrongTries() {
        for (int i = 0; i < 4; i++) {
            session.recordWrongCode(T0, 5, Duration.ofMinutes(15));
        }
        assertFalse(session.isCodeLockedAt(T0));
        session.recordWrongCode(T0, 5, Duration.ofMinutes(15));
        assertTrue(session.isCodeLockedAt(T0.plus(Duration.ofMinutes(14))));
        assertFalse(session.isCodeLockedAt(T0.plus(Duration.ofMinutes(15))));
    }
}

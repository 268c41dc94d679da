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
import java.util.function.Predicate;
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

    private static final Duration LOCKOUT = Duration.ofMinutes(15);
    private static final Predicate<String> RIGHT = "code-hash"::equals;
    private static final Predicate<String> WRONG = hash -> false;
    /** Where no code may be checked at all (no hashing work is spent on it). */
    private static final Predicate<String> NOT_ASKED = hash -> {
        throw new AssertionError("the code must not be checked");
    };

    @Test
    void locksTheCodeAfterTooManyWrongTriesAndThenRefusesEvenTheRightOne() {
        for (int i = 0; i < 4; i++) {
            assertFalse(session.tryCode(T0, WRONG, 5, LOCKOUT));
        }
        assertTrue(session.tryCode(T0, RIGHT, 5, LOCKOUT), "four wrong codes do not lock");
        assertFalse(session.tryCode(T0, WRONG, 5, LOCKOUT));
        assertFalse(session.tryCode(T0.plus(Duration.ofMinutes(14)), NOT_ASKED, 5, LOCKOUT));
        assertTrue(session.tryCode(T0.plus(LOCKOUT), RIGHT, 5, LOCKOUT));
    }

    @Test
    void anActiveSessionTakesNoCodeAndCountsNone() {
        session.activate(T0, Duration.ofHours(24));
        for (int i = 0; i < 3; i++) {
            assertFalse(session.tryCode(T0, NOT_ASKED, 1, LOCKOUT));
        }
    }

    @Test
    void locksAccessPasswordsAfterTooManyWrongOnesInARow() {
        for (int i = 0; i < 4; i++) {
            session.recordWrongPassword(T0, 5, LOCKOUT);
        }
        session.recordRightPassword();
        session.recordWrongPassword(T0, 5, LOCKOUT);
        assertFalse(session.isPasswordLockedAt(T0), "a right password starts the count again");
        for (int i = 0; i < 4; i++) {
            session.recordWrongPassword(T0, 5, LOCKOUT);
        }
        assertTrue(session.isPasswordLockedAt(T0.plus(Duration.ofMinutes(14))));
        assertFalse(session.isPasswordLockedAt(T0.plus(LOCKOUT)));
    }
}

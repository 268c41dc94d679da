package com.adhocsupport.domain.computer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.company.Plan;
import com.adhocsupport.domain.company.Seats;
import com.adhocsupport.domain.session.AdHocSession;
import com.adhocsupport.domain.shared.EmailAddress;
import com.adhocsupport.domain.technician.Role;
import com.adhocsupport.domain.technician.Technician;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** "Online", "Online since" and "Last online" as the console shows them, through a PC's comings and goings. */
class ComputerTest {

    private static final Instant ACTIVATED = Instant.parse("2026-11-25T10:00:00Z");
    private final Company company = new Company("Acme", Plan.BASE, true, new Seats(5));
    private final Computer pc = new Computer(new AdHocSession(company,
            new Technician(company, new EmailAddress("anna@acme.example"), "Anna", "h", Role.TECHNICIAN),
            new EmailAddress("user@example.com"), new AdHocSession.Secrets("c", "t", "p", "s"), ACTIVATED.minusSeconds(60),
            Duration.ofHours(2)), "PC-1", "Windows 11", "credential-hash", ACTIVATED);

    @Test
    void onlineSinceActivationAndHeartbeatsKeepOnlyLastOnlineFresh() {
        assertTrue(pc.isOnline());
        assertEquals(ACTIVATED, pc.getOnlineSince());
        pc.connected(ACTIVATED.plusSeconds(20));
        assertEquals(ACTIVATED, pc.getOnlineSince(), "a heartbeat is no new period online");
        assertEquals(ACTIVATED.plusSeconds(20), pc.getLastOnline());
    }

    @Test
    void offlineKeepsWhenItWasLastOnlineAndNoOnlineSince() {
        Instant stopped = ACTIVATED.plus(Duration.ofMinutes(5));
        pc.disconnected(stopped);
        assertFalse(pc.isOnline());
        assertNull(pc.getOnlineSince());
        assertEquals(stopped, pc.getLastOnline());
        pc.disconnected(stopped.plusSeconds(30));
        assertEquals(stopped, pc.getLastOnline(), "a second report of the same loss changes nothing");
    }

    @Test
    void backOnlineStartsANewOnlineSince() {
        pc.disconnected(ACTIVATED.plus(Duration.ofMinutes(5)));
        Instant back = ACTIVATED.plus(Duration.ofMinutes(9));
        pc.connected(back);
        assertTrue(pc.isOnline());
        assertEquals(back, pc.getOnlineSince());
        assertEquals(back, pc.getLastOnline());
    }

    @Test
    void theEndOfTheSessionFreesTheSeatAndLeavesThePcOffline() {
        Instant ended = ACTIVATED.plus(Duration.ofHours(1));
        pc.releaseSeat(ended);
        assertFalse(pc.isOnline());
        assertEquals(ended, pc.getLastOnline());
    }
}

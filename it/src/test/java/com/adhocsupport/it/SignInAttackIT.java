package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adhocsupport.it.LoopbackHttp.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The console's sign-in attacked over HTTP as an attacker would: a planted session id, a spray of
 * e-mails and a flood at one e-mail from one address, and timing the answers to learn which
 * accounts exist or are locked. Each attacker has a loopback address of its own (see
 * {@link LoopbackHttp}); the limits are the product's defaults (docs/protocol.md, README).
 */
class SignInAttackIT extends BrowserTest {

    /** Failed sign-ins one address gets in 15 minutes, whatever the e-mails. */
    private static final int PER_SOURCE = 20;
    /** Failed sign-ins at one e-mail one address gets in 15 minutes. */
    private static final int PER_ACCOUNT = 5;

    private static String nobody() {
        return "nobody-" + UUID.randomUUID() + "@provider.example";
    }

    @Test
    void theSessionIdChangesAtSignInAndTheOldOneIsWorthless() {
        LoopbackHttp browser = new LoopbackHttp("127.0.0.10");
        browser.get("/login.xhtml");
        String planted = browser.sessionCookie();
        Response signedIn = browser.signIn(Console.ADMIN_EMAIL, Console.ADMIN_PASSWORD);
        assertEquals(302, signedIn.status(), signedIn.body());
        String fresh = signedIn.cookie("JSESSIONID").orElseThrow(() -> new AssertionError("no new session id at sign-in"));
        assertNotEquals(planted, fresh);

        assertEquals(302, new LoopbackHttp("127.0.0.10").useSessionCookie(planted).get("/app/adhoc.xhtml").status(),
                "the id from before the sign-in reaches the login page, not the console");
        Response console = browser.get("/app/adhoc.xhtml");
        assertEquals(200, console.status());

        signOut(browser, console);
        assertEquals(302, new LoopbackHttp("127.0.0.10").useSessionCookie(fresh).get("/app/adhoc.xhtml").status(),
                "the id is worthless after signing out");
    }

    @Test
    void aChangeOfRoleEndsTheSignInAndTheNextOneGetsANewId() {
        LoopbackHttp technician = new LoopbackHttp("127.0.0.150");
        try (Console admin = Console.open()) {
            String email = admin.signInAsAdmin().addTechnician("Pia Promoted", false);
            assertEquals(302, technician.signIn(email, Console.TECH_PASSWORD).status());
            String before = technician.sessionCookie();
            assertEquals(200, technician.get("/app/adhoc.xhtml").status());
            assertEquals(403, technician.get("/app/admin/technicians.xhtml").status(), "not an administrator yet");

            admin.go("/app/admin/technicians.xhtml");
            String row = "//tr[td[contains(., '" + email + "')]]";
            new Select(admin.driver().findElement(By.xpath(row + "//select"))).selectByValue("ADMINISTRATOR");
            admin.driver().findElement(By.xpath(row + "//input[@type='submit']")).click();
            admin.waitForText("Changes to " + email + " saved.");

            Response changed = technician.get("/app/adhoc.xhtml");
            assertEquals(302, changed.status(), "the sign-in with the old privileges ends");
            assertTrue(changed.header("Location").orElse("").endsWith("/login.xhtml?accessChanged"), changed.headers().toString());
            assertEquals(302, new LoopbackHttp("127.0.0.150").useSessionCookie(before).get("/app/adhoc.xhtml").status(),
                    "the old session id is worthless");
            assertTrue(technician.get("/login.xhtml?accessChanged").body().contains("Your access to the console has changed: sign in again."));

            Response again = technician.signIn(email, Console.TECH_PASSWORD);
            assertEquals(302, again.status());
            assertNotEquals(before, technician.sessionCookie());
            assertEquals(200, technician.get("/app/admin/technicians.xhtml").status(), "the new sign-in carries the new role");
        }
    }

    @Test
    void aSprayOverManyEmailsFromOneAddressIsRefusedAfterTheLimit() {
        LoopbackHttp attacker = new LoopbackHttp("127.0.0.11");
        for (int i = 0; i < PER_SOURCE; i++) {
            assertEquals(200, attacker.signIn(nobody(), "Guess-" + i).status(), "failure " + (i + 1) + " is answered");
        }
        Response refused = attacker.signIn(Console.ADMIN_EMAIL, Console.ADMIN_PASSWORD);
        assertEquals(429, refused.status(), "even the right password waits once the address is over the limit");
        long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 14 * 60 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
        assertTrue(refused.body().contains("Too many failed sign-ins from your address: try again in 15 minutes."), refused.body());

        assertEquals(302, new LoopbackHttp("127.0.0.12").signIn(Console.ADMIN_EMAIL, Console.ADMIN_PASSWORD).status(),
                "another address is not affected");
    }

    @Test
    void aFloodAtOneEmailCannotLockTheTechnicianOutFromElsewhere() {
        LoopbackHttp attacker = new LoopbackHttp("127.0.0.13");
        for (int i = 0; i < PER_ACCOUNT; i++) {
            Response wrong = attacker.signIn(Console.ADMIN_EMAIL, "Guess-" + i);
            assertEquals(200, wrong.status());
            assertTrue(wrong.body().contains("The e-mail address or the password is wrong"), wrong.body());
        }
        Response locked = attacker.signIn(Console.ADMIN_EMAIL, Console.ADMIN_PASSWORD);
        assertEquals(429, locked.status(), "the attacker's address waits for this account, even with the right password");
        assertTrue(locked.header("Retry-After").isPresent());

        assertEquals(302, new LoopbackHttp("127.0.0.14").signIn(Console.ADMIN_EMAIL, Console.ADMIN_PASSWORD).status(),
                "the technician at another address signs in");
    }

    /**
     * A locked account, an unknown one and a wrong password must take the same time, or the
     * answer's time tells an attacker which accounts exist. Medians of 16 tries or more each, taken
     * in turns (wrong, locked, unknown) so that the load of a busy machine hits all alike: each
     * address fails at the account until it is locked there, while the one before it, locked,
     * tries again and tries unknown e-mails (13 failures an address at most, under its limit).
     */
    @Test
    void lockedAndUnknownAccountsTakeAsLongAsAWrongPassword() {
        List<Long> wrong = new ArrayList<>();
        List<Long> locked = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        LoopbackHttp lockedOut = new LoopbackHttp("127.0.0.20");
        for (int i = 0; i < PER_ACCOUNT; i++) {
            timedSignIn(lockedOut, Console.ADMIN_EMAIL, 200);
        }
        for (int source = 1; source <= 4; source++) {
            LoopbackHttp fresh = new LoopbackHttp("127.0.0.2" + source);
            for (int i = 0; i < PER_ACCOUNT - 1; i++) {
                wrong.add(timedSignIn(fresh, Console.ADMIN_EMAIL, 200));
                locked.add(timedSignIn(lockedOut, Console.ADMIN_EMAIL, 429));
                unknown.add(timedSignIn(lockedOut, nobody(), 200));
            }
            wrong.add(timedSignIn(fresh, Console.ADMIN_EMAIL, 200));
            lockedOut = fresh;
        }
        long wrongMedian = median(wrong);
        long lockedMedian = median(locked);
        long unknownMedian = median(unknown);
        String medians = "medians (ms): wrong password " + wrongMedian + ", locked " + lockedMedian + ", unknown " + unknownMedian;
        System.out.println(medians);
        assertWithin(wrongMedian, lockedMedian, medians);
        assertWithin(wrongMedian, unknownMedian, medians);
        assertWithin(lockedMedian, unknownMedian, medians);
    }

    @Test
    void theAuditTrailListsSignInsFailuresLockoutsAndSignOuts() {
        LoopbackHttp intruder = new LoopbackHttp("127.0.0.30");
        for (int i = 0; i < PER_ACCOUNT; i++) {
            intruder.signIn(Console.ADMIN_EMAIL, "Guess-" + i);
        }
        LoopbackHttp admin = new LoopbackHttp("127.0.0.31");
        assertEquals(302, admin.signIn(Console.ADMIN_EMAIL, Console.ADMIN_PASSWORD).status());
        signOut(admin, admin.get("/app/adhoc.xhtml"));
        assertEquals(302, admin.signIn(Console.ADMIN_EMAIL, Console.ADMIN_PASSWORD).status());
        String audit = admin.get("/app/admin/audit.xhtml").body();
        for (String expected : new String[] {"Signed in", "Signed out", "Sign-in failed", "Sign-ins locked for this address",
                "127.0.0.30", "127.0.0.31"}) {
            assertTrue(audit.contains(expected), expected + " in the audit log: " + audit);
        }
    }

    private static void signOut(LoopbackHttp browser, Response page) {
        Map<String, String> logout = new LinkedHashMap<>();
        logout.put("logout-form", "logout-form");
        logout.put("logout-form:logout", "Sign out");
        logout.put("jakarta.faces.ViewState", page.viewState());
        browser.post("/app/adhoc.xhtml", logout);
    }

    private static long timedSignIn(LoopbackHttp client, String email, int expectedStatus) {
        Map<String, String> form = client.signInForm(email, "Not-the-password-1");
        long start = System.nanoTime();
        Response response = client.post("/login.xhtml", form);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(expectedStatus, response.status(), email);
        return millis;
    }

    private static long median(List<Long> samples) {
        List<Long> sorted = samples.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void assertWithin(long a, long b, String medians) {
        assertTrue(Math.abs(a - b) <= 0.25 * Math.max(a, b), "more than 25% apart: " + medians);
    }
}

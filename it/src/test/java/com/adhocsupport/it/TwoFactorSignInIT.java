package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Two-factor sign-in in a real browser: enrolment from the profile (the QR code read back as a
 * phone's camera would, the code made by an authenticator app of the test's own), sign-in with
 * password then code, each code once, recovery codes, the company's rule, an administrator's reset;
 * and a half-signed-in session (password given, no code) attacked with its own cookie.
 */
class TwoFactorSignInIT extends BrowserTest {

    private static final String OWN_ORIGIN = "http://127.0.0.1:" + ServerAddress.httpPort();

    /** What a script holding the session cookie gets at a console page: the redirect to the login page, never the page. */
    private static void assertNoConsolePage(String sessionCookie, String path) {
        LoopbackHttp.Response answer = new LoopbackHttp("127.0.0.61").useSessionCookie(sessionCookie).get(path);
        assertEquals(302, answer.status(), path + ": " + answer.body());
        assertTrue(answer.header("Location").orElse("").endsWith("/login.xhtml"), path + " -> " + answer.header("Location"));
    }

    private static boolean on(Console console, String page) {
        return console.driver().getCurrentUrl().endsWith(page);
    }

    @Test
    void aTechnicianEnrolsThenSignsInWithPasswordAndCodeEachCodeOnce() throws Exception {
        try (Console admin = Console.open(); Console tech = Console.open()) {
            String email = admin.signInAsAdmin().addTechnician("Otto Factor", false);
            tech.signIn(email, Console.TECH_PASSWORD).waitForText("Otto Factor");
            tech.go("/app/profile.xhtml");
            Console.SecondFactor factor = tech.enrolSecondFactor("2fa-profile");
            String key = factor.shownKey().replace(" ", "");
            assertEquals(32, key.length(), "160 bits in Base32");
            assertTrue(factor.scanned().startsWith("otpauth://totp/AdHoc%20Support%20%28Provider%20Ltd%29:"
                    + URLEncoder.encode(email, StandardCharsets.UTF_8) + "?secret=" + key + "&issuer="), factor.scanned());
            assertEquals(10, factor.recoveryCodes().size());

            tech.go("/app/profile.xhtml").waitForText("Two-factor sign-in is on");
            assertEquals("10", tech.find("recovery-codes-left").getText());
            assertFalse(tech.pageText().contains(factor.shownKey()) || tech.has("qr-code"), "the key is never shown again");

            tech.signOut().signIn(email, Console.TECH_PASSWORD).find("code-form:code");
            assertTrue(on(tech, "/sign-in-code.xhtml"), tech.driver().getCurrentUrl());
            tech.screenshot("2fa-code-page");
            tech.choose("language-form:language", "it").waitForText("Inserisci il codice di 6 cifre");
            tech.screenshot("2fa-code-page-it");
            tech.choose("language-form:language", "en").waitForText("Type the 6-digit code");
            String halfSignedIn = tech.sessionCookie();
            assertNoConsolePage(halfSignedIn, "/app/adhoc.xhtml");
            assertNoConsolePage(halfSignedIn, "/app/profile.xhtml");
            AgentClient.Refused refused = assertThrows(AgentClient.Refused.class,
                    () -> AgentClient.connectViewer(OWN_ORIGIN, halfSignedIn).close(), "the viewer's socket stays closed");
            assertNotEquals(101, refused.status());
            tech.go("/app/computers.xhtml").find("code-form:code");
            assertTrue(on(tech, "/sign-in-code.xhtml"), "sent back to the code: " + tech.driver().getCurrentUrl());

            tech.enterSignInCode(factor.firstCode()).waitForText("This code was already used; wait for the next one.");
            tech.screenshot("2fa-code-reused");
            tech.enterSignInCode(factor.recoveryCodes().get(0)).waitForText("Otto Factor");
            assertTrue(on(tech, "/app/adhoc.xhtml"), tech.driver().getCurrentUrl());
            String signedIn = tech.sessionCookie();
            assertNotEquals(halfSignedIn, signedIn, "a new session id once signed in");
            AgentClient.connectViewer(OWN_ORIGIN, signedIn).close(); // the same socket opens for a completed sign-in
            assertEquals("9", tech.go("/app/profile.xhtml").find("recovery-codes-left").getText());

            tech.signOut().signIn(email, Console.TECH_PASSWORD).enterSignInCode(factor.recoveryCodes().get(0));
            tech.waitForText("This code is wrong.");
            tech.screenshot("2fa-code-refused");
            tech.enterSignInCode(factor.app().nextCode()).waitForText("Otto Factor");
            assertTrue(on(tech, "/app/adhoc.xhtml"), tech.driver().getCurrentUrl());

            admin.go("/app/admin/audit.xhtml").waitForText("Two-factor sign-in turned on");
            assertTrue(admin.pageText().contains("Sign-in failed"), "the refused codes are audited");
        }
    }

    @Test
    void aCompanyRuleSendsATechnicianWithoutASecondFactorToEnrolUntilTheyHave() throws Exception {
        try (Console admin = Console.open(); Console tech = Console.open()) {
            String email = admin.signInAsAdmin().addTechnician("Mara Mandatory", false);
            admin.requireSecondFactor(true).screenshot("2fa-account-required");
            try {
                tech.signIn(email, Console.TECH_PASSWORD).waitForText("Your company requires two-factor sign-in.");
                assertTrue(on(tech, "/enrol.xhtml"), tech.driver().getCurrentUrl());
                assertNoConsolePage(tech.sessionCookie(), "/app/adhoc.xhtml");
                tech.go("/app/adhoc.xhtml").waitForText("Your company requires two-factor sign-in.");
                assertTrue(on(tech, "/enrol.xhtml"), "sent back to enrolment: " + tech.driver().getCurrentUrl());

                tech.enrolSecondFactor("2fa-required");
                tech.click("continue").waitForText("Mara Mandatory");
                assertTrue(on(tech, "/app/adhoc.xhtml"), tech.driver().getCurrentUrl());
                tech.go("/app/profile.xhtml").find("required-by-company");
                assertFalse(tech.has("off-form:turn-off"), "no way to turn it off while the company requires it");

                admin.resetSecondFactor(email, "2fa-reset-confirmation");
                admin.screenshot("2fa-reset-done");
                admin.go("/app/admin/audit.xhtml").waitForText("Two-factor sign-in reset");
                assertTrue(admin.pageText().contains(email));
                admin.screenshot("2fa-audit");

                tech.signOut().signIn(email, Console.TECH_PASSWORD).waitForText("Your company requires two-factor sign-in.");
                assertTrue(tech.has("qr-code"), "the technician enrols again, with a new key");
            } finally {
                admin.requireSecondFactor(false);
            }
        }
    }
}

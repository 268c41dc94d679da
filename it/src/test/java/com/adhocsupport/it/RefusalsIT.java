package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;

/** Every reason a session cannot start, as the technician reads it on the page (never an error page). */
class RefusalsIT extends BrowserTest {

    private static final String PASSWORD = "Pc-Access-2026";

    private static String endUser() {
        return "end-" + UUID.randomUUID() + "@customer.example";
    }

    @Test
    void anAccessPasswordWindowsWouldRefuseIsRefusedWithItsReason() {
        try (Console console = Console.open()) {
            String email = console.signInAsAdmin().addTechnician("Wanda Weak", true);
            console.signIn(email, Console.TECH_PASSWORD);
            console.startSession(endUser(), "Ab1-xyz")
                    .waitForText("The access password needs at least 8 characters");
            console.startSession(endUser(), "password1234")
                    .waitForText("Use at least three of: capital letters, small letters, digits, symbols");
            console.screenshot("refusal-weak-access-password");
            assertTrue(console.has("adhoc-form:start"), "no session was started");
            console.startSession(endUser(), "Abcdefg1").waitForText("Waiting for the end user");
            console.endOpenSession();
        }
    }

    @Test
    void invitationResendsAreLimitedPerSessionAndPerTechnicianWithTheWaitShown() {
        try (Console console = Console.open()) {
            String email = console.signInAsAdmin().addTechnician("Rita Resend", true);
            console.signIn(email, Console.TECH_PASSWORD);
            // 3 resends a session, 10 a technician, per hour: three sessions use 9 of the 10
            for (int session = 1; session <= 3; session++) {
                console.startSession(endUser(), PASSWORD).waitForText("Waiting for the end user");
                for (int resend = 1; resend <= 3; resend++) {
                    resend(console);
                }
                if (session == 1) {
                    console.click("pending-form:resend")
                            .waitForText("The invitation has been sent again too often in the last hour. Wait 60 min, then try again.");
                    console.screenshot("refusal-resend-limit");
                }
                console.endOpenSession();
            }
            console.startSession(endUser(), PASSWORD).waitForText("Waiting for the end user");
            resend(console);
            console.click("pending-form:resend").waitForText("The invitation has been sent again too often in the last hour. Wait ");
            console.endOpenSession();
        }
    }

    /** Resends the pending invitation and waits for the page to show the new link. */
    private static void resend(Console console) {
        String before = console.find("deployment-link").getAttribute("value");
        console.click("pending-form:resend").waitForText("The e-mail has been sent again with a new link");
        assertTrue(console.waitUntil(() -> !before.equals(console.find("deployment-link").getAttribute("value"))));
    }

    @Test
    void oneOpenSessionPerTechnicianEvenFromTwoTabs() {
        try (Console console = Console.open()) {
            String email = console.signInAsAdmin().addTechnician("Tom Twotabs", true);
            console.signIn(email, Console.TECH_PASSWORD).go("/app/adhoc.xhtml");
            // A stale tab (say, of a laptop just woken up): its poll would otherwise show the new
            // session before the form is sent, and the server's refusal would go untested.
            ((JavascriptExecutor) console.driver()).executeScript("window.fetch = () => new Promise(() => {});");
            String firstTab = console.driver().getWindowHandle();
            console.driver().switchTo().newWindow(WindowType.TAB);
            console.startSession(endUser(), PASSWORD).waitForText("Waiting for the end user");

            console.driver().switchTo().window(firstTab);
            console.type("adhoc-form:email", endUser()).type("adhoc-form:password", PASSWORD)
                    .type("adhoc-form:confirmation", PASSWORD).click("adhoc-form:start");
            console.waitForText("You already have an ad hoc session open.");
            console.screenshot("refusal-already-open");
            console.endOpenSession();
        }
    }

    @Test
    void trialPlansAndMissingSeatsAreExplained() {
        try (Console console = Console.open()) {
            String email = console.signInAsAdmin().addTechnician("Sam Seatless", true);
            try {
                console.setAccount("TRIAL", true, 20);
                console.signIn(email, Console.TECH_PASSWORD).startSession(endUser(), PASSWORD);
                console.waitForText("Ad Hoc Support is not available on trial subscriptions.");
                console.screenshot("refusal-trial");

                console.signInAsAdmin().setAccount("BASE", true, 0);
                console.signIn(email, Console.TECH_PASSWORD).startSession(endUser(), PASSWORD);
                console.waitForText("There is no free seat.");
            } finally {
                console.signInAsAdmin().setAccount("BASE", true, 20);
            }
        }
    }

    @Test
    void theCompanyLimitOfFiveOpenSessions() {
        try (Console console = Console.open()) {
            console.signInAsAdmin().setAccount("BASE", true, 20);
            List<String> technicians = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                technicians.add(console.addTechnician("Lim " + i, true));
            }
            List<String> started = new ArrayList<>();
            try {
                String outcome = "";
                for (String technician : technicians) {
                    console.signIn(technician, Console.TECH_PASSWORD).startSession(endUser(), PASSWORD);
                    outcome = console.waitForAny("Waiting for the end user", "Your company already has");
                    if (!outcome.startsWith("Your company")) {
                        started.add(technician);
                        continue;
                    }
                    assertTrue(console.pageText().contains("Your company already has 5 active ad hoc sessions"));
                    console.screenshot("refusal-company-limit");
                    break;
                }
                assertTrue(outcome.startsWith("Your company"), "the sixth start at the latest is refused");
                assertTrue(started.size() <= 5, "never more than five open: " + started.size());
            } finally {
                for (String technician : started) {
                    console.signIn(technician, Console.TECH_PASSWORD).endOpenSession();
                }
            }
        }
    }
}

package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A technician's day on the Ad Hoc Support and Computers pages, in a real browser, with the PC
 * played by a protocol client on the agent endpoint (the real agent's tests are under agent-msi).
 */
class AdHocSupportPageIT extends BrowserTest {

    private static final String ACCESS_PASSWORD = "Pc-Access-2026";
    /** The browser's time zone in the Computers test: +05:45, so no whole-hour mistake can pass for it. */
    private static final ZoneId BROWSER_ZONE = ZoneId.of("Asia/Kathmandu");
    /** How an English page shows a time in the browser's zone (Intl's medium date and short time). */
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm a", Locale.ENGLISH)
            .withZone(BROWSER_ZONE);
    /** Between the test's clock reading and the server's stamp (one machine, so only the request's own time). */
    private static final Duration CLOCK_SLACK = Duration.ofSeconds(2);

    private static Console.Invitation invite(Console console, String endUser) {
        return console.invite(endUser, ACCESS_PASSWORD);
    }

    private static void activate(AgentClient agent, Console.Invitation invitation) throws IOException {
        JsonObject answer = agent.activate(invitation.token(), invitation.code());
        assertEquals("activated", answer.getString("type"), answer.toString());
    }

    /** A row of the Computers page by its technician's name. */
    private static final String ROW = "//tr[td[normalize-space(.)='%s']]";

    /** The Computers page's row of the technician's PC (the Computers page shows every PC of the company). */
    private static WebElement computersRow(Console console, String technicianName) {
        console.go("/app/computers.xhtml").waitForText(technicianName);
        return console.driver().findElement(By.xpath(ROW.formatted(technicianName)));
    }

    /** The features a row (or page) offers as links, in order. */
    private static List<String> offered(WebElement where) {
        return where.findElements(By.cssSelector("a[data-feature]")).stream().map(a -> a.getAttribute("data-feature")).toList();
    }

    /** The features a row (or page) shows disabled, in order. */
    private static List<String> disabled(WebElement where) {
        return where.findElements(By.cssSelector(".disabled[data-feature]")).stream()
                .map(span -> span.getAttribute("data-feature")).toList();
    }

    /**
     * The moment a time cell of the row holds; the cell must show it in the browser's own time zone
     * (the server's UTC text is only the fallback without script).
     */
    private static Instant shownMoment(WebElement row, String column) {
        WebElement time = row.findElement(By.cssSelector("td." + column + " time"));
        Instant moment = Instant.parse(time.getAttribute("datetime"));
        assertEquals(LOCAL_TIME.format(moment), time.getText().replace('\u202f', ' ').replace('\u00a0', ' '),
                column + " in the browser's time zone");
        return moment;
    }

    private static void assertBetween(Instant from, Instant to, Instant actual, String what) {
        assertTrue(!actual.isBefore(from.minus(CLOCK_SLACK)) && !actual.isAfter(to.plus(CLOCK_SLACK)),
                what + " " + actual + " is not between " + from + " and " + to);
    }

    private static String technician(Console console, String name, boolean fullRemoteControl) {
        String email = console.signInAsAdmin().addTechnician(name, fullRemoteControl);
        console.signIn(email, Console.TECH_PASSWORD).waitForText(name);
        return email;
    }

    @Test
    void theCodeIsShownOnceAndThePageFollowsTheEmailAndThePcByItself() throws Exception {
        try (Console console = Console.open(); AgentClient agent = AgentClient.connect()) {
            technician(console, "Paula Pending", true);
            String endUser = "end-" + UUID.randomUUID() + "@customer.example";
            Console.Invitation invitation = invite(console, endUser);

            assertTrue(invitation.code().matches("[0-9]{9}"), invitation.code());
            assertTrue(console.pageText().contains("Note the security code now: it will not be shown again."));
            console.find("email-sent").findElement(By.tagName("time"));
            assertTrue(console.has("security-code"), "the poll updates the page without hiding the code");
            assertTrue(MailCatcher.awaitMessages(endUser, 1).get(0).contains(invitation.link()));
            console.click("copy-link").waitForText("Copied");
            assertEquals(invitation.link(), console.clipboardText(), "Copy link puts the deployment link on the clipboard");
            console.screenshot("adhoc-pending");

            console.go("/app/adhoc.xhtml");
            assertFalse(console.has("security-code"), "never shown again");
            assertTrue(console.pageText().contains("Waiting for the end user"));

            activate(agent, invitation);
            console.waitForText("Session active");
            assertEquals("PC-TEST", console.find("computer-name").getText());
            assertEquals("Online", console.find("online").getText());
            assertTrue(console.find("countdown").getText().matches("2[34] h [0-9]+ min left"), console.find("countdown").getText());
            console.screenshot("adhoc-active");
            console.endOpenSession();
        }
    }

    /** The page polls every 3 s; a technician who types slowly must not lose what they typed to it. */
    @Test
    void theInvitationFormKeepsWhatATechnicianTypesWhileThePagePolls() throws Exception {
        try (Console console = Console.open()) {
            technician(console, "Sam Slow", true);
            console.go("/app/adhoc.xhtml").script("window.adhocLoadedOnce = true;");
            String endUser = "end-" + UUID.randomUUID() + "@customer.example";
            console.type("adhoc-form:email", endUser);
            Thread.sleep(Duration.ofSeconds(7).toMillis()); // two of the page's polls, as a slow typist lets pass

            assertEquals("true", console.script("return String(window.adhocLoadedOnce === true);"), "the page did not reload itself");
            assertEquals(endUser, console.find("adhoc-form:email").getAttribute("value"), "the typed address is still there");
            console.type("adhoc-form:password", ACCESS_PASSWORD).type("adhoc-form:confirmation", ACCESS_PASSWORD)
                    .click("adhoc-form:start");
            assertTrue(console.find("security-code").getText().replace(" ", "").matches("[0-9]{9}"));
            console.endOpenSession();
        }
    }

    @Test
    void eachConnectionAsksForTheAccessPasswordAndIsAudited() throws Exception {
        try (Console console = Console.open(); AgentClient agent = AgentClient.connect()) {
            String email = technician(console, "Carl Connect", true);
            Console.Invitation invitation = invite(console, "end-" + UUID.randomUUID() + "@customer.example");
            activate(agent, invitation);
            console.waitForText("Session active");

            console.driver().findElement(By.cssSelector("a[data-feature='REMOTE_CONTROL']")).click();
            console.type("connect-form:password", "wrong password").click("connect-form:connect");
            console.waitForText("The access password is wrong.");
            console.screenshot("connect-refused");
            console.type("connect-form:password", ACCESS_PASSWORD).click("connect-form:chat").click("connect-form:connect");
            console.waitForText("Chat with PC-TEST");
            assertTrue(console.has("viewer"), "the right password opens the viewer");

            console.signInAsAdmin().go("/app/admin/audit.xhtml").choose("filter-form:actor", email).click("filter-form:search");
            console.waitForText("Access password accepted").waitForText("Connection refused");
            assertTrue(console.pageText().contains("REMOTE_CONTROL with chat"));
            console.screenshot("admin-audit");
            console.signIn(email, Console.TECH_PASSWORD).endOpenSession();
        }
    }

    @Test
    void endSessionNowTellsThePcAtOnce() throws Exception {
        try (Console console = Console.open(); AgentClient agent = AgentClient.connect()) {
            technician(console, "Eve End", true);
            Console.Invitation invitation = invite(console, "end-" + UUID.randomUUID() + "@customer.example");
            activate(agent, invitation);
            console.waitForText("Session active");

            console.click("active-form:end").waitForText("End the session now?");
            console.screenshot("adhoc-end-confirm");
            console.click("active-form:confirm-end").waitForText("The session has ended.");
            assertEquals("ENDED_BY_TECHNICIAN", agent.next().getString("reason"));
            assertTrue(console.has("adhoc-form:email"), "a new session can be prepared");
        }
    }

    @Test
    void deletingAComputerWarnsFirstThenFreesItsSeat() throws Exception {
        try (Console console = Console.open(); AgentClient agent = AgentClient.connect()) {
            technician(console, "Dan Delete", true);
            Console.Invitation invitation = invite(console, "end-" + UUID.randomUUID() + "@customer.example");
            activate(agent, invitation);
            console.waitForText("Session active");

            console.go("/app/computers.xhtml").waitForText("PC-TEST");
            String row = console.driver().findElement(By.xpath("//tr[td[contains(., 'Dan Delete')]]")).getText();
            assertTrue(row.contains("Online"), row);
            console.driver().findElement(By.xpath("//tr[td[contains(., 'Dan Delete')]]//input[@value='Delete']")).click();
            console.waitForText("Check first that nobody is supporting this computer right now");
            console.screenshot("computers-delete-warning");
            console.driver().findElement(By.xpath("//input[@value='Delete the computer']")).click();
            console.waitForText("The computer has been deleted and its seat is free.");
            assertTrue(console.driver().findElements(By.xpath("//tr[td[contains(., 'Dan Delete')]]")).isEmpty());
            assertEquals("COMPUTER_DELETED", agent.next().getString("reason"));
        }
    }

    @Test
    void aComputersRowConnectsAnyNumberOfTimesAndShowsWhenThePcWasOnline() throws Exception {
        String name = "Cora Computers";
        try (Console console = Console.open().inTimeZone(BROWSER_ZONE.getId()); AgentClient agent = AgentClient.connect()) {
            String email = technician(console, name, true);
            Console.Invitation invitation = invite(console, "end-" + UUID.randomUUID() + "@customer.example");
            Instant activating = Instant.now();
            JsonObject activated = agent.activate(invitation.token(), invitation.code());
            Instant active = Instant.now();
            assertEquals("activated", activated.getString("type"), activated.toString());

            WebElement row = computersRow(console, name);
            assertTrue(row.getText().contains("Online"), row.getText());
            Instant firstOnline = shownMoment(row, "online-since");
            assertBetween(activating, active, firstOnline, "Online since");
            assertBetween(activating, active, shownMoment(row, "last-online"), "Last online");
            assertEquals(List.of("REMOTE_CONTROL", "FILE_MANAGER", "DASHBOARD"), offered(row));
            String dashboard = row.findElement(By.cssSelector("a[data-feature='DASHBOARD']")).getAttribute("href");
            console.screenshot("computers-online");

            for (String feature : List.of("REMOTE_CONTROL", "FILE_MANAGER", "REMOTE_CONTROL")) {
                computersRow(console, name).findElement(By.cssSelector("a[data-feature='" + feature + "']")).click();
                console.type("connect-form:password", ACCESS_PASSWORD).click("connect-form:connect");
                console.find("viewer");
                assertEquals(feature, agent.next("open").getString("feature"), "the PC is asked to open " + feature);
            }
            console.driver().get(dashboard);
            console.click("connect-form:back").waitForText("Ad Hoc Support Sessions");
            assertEquals("/app/computers.xhtml", URI.create(console.driver().getCurrentUrl()).getPath(),
                    "Back leads to the page the prompt came from");

            Instant stopping = Instant.now();
            agent.close();
            Instant stopped = Instant.now();
            console.waitUntil(() -> computersRow(console, name).getText().contains("Offline"));
            row = computersRow(console, name);
            assertEquals("\u2014", row.findElement(By.cssSelector("td.online-since")).getText(), "an offline PC is not online since anything");
            assertBetween(stopping, stopped, shownMoment(row, "last-online"), "Last online");
            assertEquals(List.of("REMOTE_CONTROL", "FILE_MANAGER", "DASHBOARD"), offered(row), "the session goes on while the PC is off");
            console.screenshot("computers-offline");

            try (AgentClient back = AgentClient.connect()) {
                Instant returning = Instant.now();
                back.send("{\"type\":\"hello\",\"sessionId\":\"" + activated.getString("sessionId") + "\",\"credential\":\""
                        + activated.getString("credential") + "\"}");
                assertEquals("welcome", back.next().getString("type"));
                Instant returned = Instant.now();
                console.waitUntil(() -> computersRow(console, name).getText().contains("Online"));
                Instant againOnline = shownMoment(computersRow(console, name), "online-since");
                assertBetween(returning, returned, againOnline, "Online since, back online");
                assertTrue(againOnline.isAfter(firstOnline), "a new Online since");
            }

            console.signInAsAdmin().go("/app/admin/audit.xhtml").choose("filter-form:actor", email).click("filter-form:search");
            console.waitUntil(() -> console.driver().findElements(By.cssSelector("#events tbody tr")).stream()
                    .allMatch(entry -> entry.getText().contains(email)));
            String audit = console.find("events").getText();
            assertEquals(3, audit.split("Access password accepted", -1).length - 1, "one entry per connection: " + audit);
            assertTrue(audit.contains("FILE_MANAGER") && audit.contains("REMOTE_CONTROL"), audit);

            console.signIn(email, Console.TECH_PASSWORD).endOpenSession().go("/app/computers.xhtml");
            assertTrue(console.driver().findElements(By.xpath(ROW.formatted(name))).isEmpty(),
                    "an ended session's computer leaves the group, and its actions with it");
            console.driver().get(dashboard);
            console.type("connect-form:password", ACCESS_PASSWORD).click("connect-form:connect").waitForText("This session is not active: it may have ended.");
            assertFalse(console.has("viewer"));
        }
    }

    @Test
    void unavailableFeaturesAreDisabledWithTheirReason() throws Exception {
        try (Console console = Console.open(); AgentClient agent = AgentClient.connect()) {
            technician(console, "Rita Restricted", false);
            Console.Invitation invitation = invite(console, "end-" + UUID.randomUUID() + "@customer.example");
            activate(agent, invitation);
            console.waitForText("Session active");
            WebElement page = console.driver().findElement(By.tagName("main"));
            assertEquals(List.of("FILE_MANAGER"), disabled(page), "the company has the Insight module");
            assertTrue(console.pageText().contains("File Manager needs the permission \"Allow full remote control\"."));
            console.screenshot("adhoc-feature-disabled");
            console.click("active-form:end").click("active-form:confirm-end").waitForText("The session has ended.");
        }
    }

    @Test
    void legacyBasicSubscribersHaveRemoteControlOnly() throws Exception {
        try (Console console = Console.open(); AgentClient agent = AgentClient.connect()) {
            String email = console.signInAsAdmin().addTechnician("Bea Basic", true);
            try {
                console.setAccount("LEGACY_BASIC", true, 20);
                assertEquals("LEGACY_BASIC", console.selected("account-form:plan"), "the Account page keeps the plan");
                console.signIn(email, Console.TECH_PASSWORD).waitForText("Bea Basic");
                Console.Invitation invitation = invite(console, "end-" + UUID.randomUUID() + "@customer.example");
                activate(agent, invitation);
                console.waitForText("Session active");
                WebElement page = console.driver().findElement(By.tagName("main"));
                assertEquals(List.of("REMOTE_CONTROL"), offered(page));
                assertEquals(List.of("FILE_MANAGER", "DASHBOARD"), disabled(page));
                assertTrue(console.pageText().contains("Your plan does not include File Manager."));
                assertTrue(console.pageText().contains("Your plan does not include Dashboard."));
                console.screenshot("adhoc-legacy-basic");

                WebElement row = computersRow(console, "Bea Basic");
                assertEquals(List.of("REMOTE_CONTROL"), offered(row), "the Computers page has the same gates");
                assertEquals(List.of("FILE_MANAGER", "DASHBOARD"), disabled(row));
                assertTrue(row.getText().contains("Your plan does not include Dashboard."), row.getText());
                console.screenshot("computers-legacy-basic");
                console.go("/app/adhoc.xhtml");
                console.click("active-form:end").click("active-form:confirm-end").waitForText("The session has ended.");
            } finally {
                console.signInAsAdmin().setAccount("BASE", true, 20);
            }
        }
    }
}

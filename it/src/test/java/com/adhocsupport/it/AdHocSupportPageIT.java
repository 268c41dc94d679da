package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A technician's day on the Ad Hoc Support and Computers pages, in a real browser, with the PC
 * played by a protocol client on the agent endpoint (the real agent's tests are under agent-msi).
 */
class AdHocSupportPageIT extends BrowserTest {

    private static final String ACCESS_PASSWORD = "Pc-Access-2026";

    private static Console.Invitation invite(Console console, String endUser) {
        return console.invite(endUser, ACCESS_PASSWORD);
    }

    private static void activate(AgentClient agent, Console.Invitation invitation) throws IOException {
        JsonObject answer = agent.activate(invitation.token(), invitation.code());
        assertEquals("activated", answer.getString("type"), answer.toString());
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
    void unavailableFeaturesAreDisabledWithTheirReason() throws Exception {
        try (Console console = Console.open(); AgentClient agent = AgentClient.connect()) {
            technician(console, "Rita Restricted", false);
            Console.Invitation invitation = invite(console, "end-" + UUID.randomUUID() + "@customer.example");
            activate(agent, invitation);
            console.waitForText("Session active");
            assertTrue(console.has("FILE_MANAGER-disabled"));
            assertTrue(console.pageText().contains("File Manager needs the permission \"Allow full remote control\"."));
            assertFalse(console.has("DASHBOARD-disabled"), "the company has the Insight module");
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
                assertFalse(console.has("REMOTE_CONTROL-disabled"));
                assertTrue(console.has("FILE_MANAGER-disabled"));
                assertTrue(console.has("DASHBOARD-disabled"));
                assertTrue(console.pageText().contains("Your plan does not include File Manager."));
                assertTrue(console.pageText().contains("Your plan does not include Dashboard."));
                console.screenshot("adhoc-legacy-basic");
                console.click("active-form:end").click("active-form:confirm-end").waitForText("The session has ended.");
            } finally {
                console.signInAsAdmin().setAccount("BASE", true, 20);
            }
        }
    }
}

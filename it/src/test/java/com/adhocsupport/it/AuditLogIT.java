package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The audit log as an administrator reads it: first-run setup, a technician's role and
 * permissions, the plan, and every refused session start with the rule that refused it, each
 * with who and from where; filtered on the server by kind of event and by technician.
 */
class AuditLogIT extends BrowserTest {

    @Test
    void setupRolesPlansAndRefusedStartsAreLoggedAndCanBeFiltered() {
        try (Console console = Console.open()) {
            String email = console.signInAsAdmin().addTechnician("Otto Audit", false);
            WebElement row = console.driver().findElement(By.xpath("//tr[.//div[text()='" + email + "']]"));
            new Select(row.findElement(By.tagName("select"))).selectByValue("ADMINISTRATOR");
            row.findElement(By.xpath(".//input[contains(@id, ':full')]")).click();
            row.findElement(By.xpath(".//input[contains(@id, ':save')]")).click();
            console.waitForText("Changes to " + email + " saved.");
            console.setAccount("BASE", true, 21);

            console.signIn(email, Console.TECH_PASSWORD).waitForText("Otto Audit");
            console.startSession("end-" + UUID.randomUUID() + "@customer.example", "short")
                    .waitForText("The access password needs at least 8 characters");
            try {
                console.signInAsAdmin().setAccount("TRIAL", true, 21);
                console.signIn(email, Console.TECH_PASSWORD).startSession("end-" + UUID.randomUUID() + "@customer.example",
                        Fixtures.PASSWORD).waitForText("Ad Hoc Support is not available on trial subscriptions.");
            } finally {
                console.signInAsAdmin().setAccount("BASE", true, 21);
            }

            String refusals = search(console, "SESSION_REFUSED", email);
            assertTrue(refusals.contains("invalid password: input.accessPassword.tooShort"), refusals);
            assertTrue(refusals.contains("TRIAL_PLAN"), refusals);
            assertFalse(refusals.contains("Technician changed"), "only the kind asked for: " + refusals);
            assertTrue(refusals.matches("(?s).*(127\\.0\\.0\\.1|0:0:0:0:0:0:0:1).*"), "with the source address: " + refusals);
            console.screenshot("audit-refusals");

            String roles = search(console, "TECHNICIAN_CHANGED", Console.ADMIN_EMAIL);
            assertTrue(roles.contains(email + ": TECHNICIAN \u2192 ADMINISTRATOR, full remote control"), roles);
            String plans = search(console, "ACCOUNT_CHANGED", Console.ADMIN_EMAIL);
            assertTrue(plans.contains("BASE + Insight, 21 seats \u2192 TRIAL + Insight, 21 seats"), plans);
            String setup = search(console, "SETUP_COMPLETED", "");
            assertTrue(setup.contains("company " + Console.COMPANY) && setup.contains(Console.ADMIN_EMAIL), setup);
        }
    }

    /** The audit log filtered by kind of event and actor ("" for anyone), as the page shows it. */
    private static String search(Console console, String kind, String actor) {
        console.go("/app/admin/audit.xhtml");
        WebElement before = console.find("filter-form:search");
        console.choose("filter-form:kind", kind).choose("filter-form:actor", actor).click("filter-form:search");
        console.waitUntilReplaced(before);
        return console.find("events").getText();
    }
}

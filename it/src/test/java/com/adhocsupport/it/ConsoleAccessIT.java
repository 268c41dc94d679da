package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Login, and who may open which page, in a real browser (first-run setup: SetupIT). */
class ConsoleAccessIT extends BrowserTest {

    @Test
    void aFormPostFromAnotherSiteIsRefused() throws Exception {
        HttpResponse<Void> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Console.BASE + "/login.xhtml"))
                .header("Origin", "https://evil.example").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("login-form=login-form")).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(403, forged.statusCode());
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        try (Console console = Console.open()) {
            console.signIn(Console.ADMIN_EMAIL, "not the password");
            console.waitForText("The e-mail address or the password is wrong");
            console.screenshot("login-refused");
            assertFalse(console.pageText().contains(Console.COMPANY));
        }
    }

    @Test
    void visitorsWhoAreNotSignedInGoToTheLoginPage() throws Exception {
        try (Console console = Console.open()) {
            console.go("/app/computers.xhtml");
            assertTrue(console.driver().getCurrentUrl().endsWith("/login.xhtml"), console.driver().getCurrentUrl());
        }
        assertEquals(302, Console.status("/app/admin/audit.xhtml"));
    }

    @Test
    void onlyAdministratorsReachAdministration() {
        try (Console console = Console.open()) {
            String technician = console.signInAsAdmin().addTechnician("Tina Tech", false);
            console.screenshot("admin-technicians");
            console.go("/app/admin/account.xhtml").screenshot("admin-account");

            console.signIn(technician, Console.TECH_PASSWORD).waitForText("Tina Tech");
            assertFalse(console.pageText().contains("Administration"), "no administration menu for technicians");
            console.go("/app/admin/technicians.xhtml").waitForText("You are not allowed to open this page.");
            console.screenshot("forbidden");
            console.go("/app/admin/audit.xhtml").waitForText("You are not allowed to open this page.");
        }
    }

    @Test
    void theLanguageIsTheTechniciansChoiceAndIsRemembered() {
        try (Console console = Console.open()) {
            String technician = console.signInAsAdmin().addTechnician("Luca Lingua", true);
            console.signIn(technician, Console.TECH_PASSWORD).waitForText("Luca Lingua");
            console.go("/app/adhoc.xhtml").choose("language-form:language", "it");
            console.waitForText("Indirizzo e-mail dell'utente finale");
            console.screenshot("adhoc-italian");

            console.signIn(technician, Console.TECH_PASSWORD).go("/app/adhoc.xhtml");
            console.waitForText("Assistenza ad hoc");
            console.choose("language-form:language", "de").waitForText("Ad-hoc");
            console.choose("language-form:language", "en").waitForText("End user's e-mail address");
        }
    }
}

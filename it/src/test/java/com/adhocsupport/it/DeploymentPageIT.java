package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The page of the deployment link as end users see it: Windows, Mac, a link that has expired,
 * and the support app in the language of the browser that downloads it.
 */
class DeploymentPageIT extends BrowserTest {

    private static final String WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
    private static final String MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15";

    @Test
    void windowsGetsTheAppMacsAreToldAndOldLinksHaveExpired() {
        String link;
        try (Console technician = Console.open()) {
            String email = technician.signInAsAdmin().addTechnician("Lena Link", true);
            technician.signIn(email, Console.TECH_PASSWORD)
                    .startSession("end-" + UUID.randomUUID() + "@customer.example", "Pc-Access-2026");
            link = technician.find("deployment-link").getAttribute("value");
            try (Console windows = Console.openAs(WINDOWS)) {
                windows.driver().get(link);
                windows.waitForText("Download the support app");
                assertTrue(windows.find("download").getAttribute("href").contains("/AdHocSupport_"));
                windows.screenshot("deployment-windows");
            }
            try (Console mac = Console.openAs(MAC)) {
                mac.driver().get(link);
                mac.waitForText("The support app runs on Windows PCs only.");
                mac.screenshot("deployment-mac");
            }
            technician.click("pending-form:cancel").click("pending-form:confirm-end").waitForText("cancelled");
        }
        try (Console windows = Console.openAs(WINDOWS)) {
            windows.driver().get(link);
            windows.waitForText("This support session instance has expired. Inform your support technician of this message.");
            windows.screenshot("deployment-expired");
        }
    }

    @Test
    void theAppRefusesInTheLanguageOfTheBrowserThatDownloadedIt() throws Exception {
        try (Console technician = Console.open()) {
            String email = technician.signInAsAdmin().addTechnician("Lia Lingua", true);
            technician.signIn(email, Console.TECH_PASSWORD)
                    .startSession("end-" + UUID.randomUUID() + "@customer.example", "Pc-Access-2026");
            String link = technician.find("deployment-link").getAttribute("value");

            assertTrue(launchConditions(link, "de-CH,de;q=0.9,en;q=0.5").contains("Auf diesem Computer ist Host-Software installiert"));
            assertTrue(launchConditions(link, "it").contains("Una sessione precedente non è ancora stata chiusa del tutto (tecnico: [ACTIVETECHNICIAN])"));
            String japanese = launchConditions(link, "ja-JP,ja;q=0.9");
            assertTrue(japanese.contains("Host software is installed on this computer"), "a language we lack gets English");
            technician.click("pending-form:cancel").click("pending-form:confirm-end").waitForText("cancelled");
        }
    }

    /** The launch conditions of the app as a Windows browser speaking {@code languages} downloads it. */
    private static String launchConditions(String link, String languages) throws Exception {
        String token = link.substring(link.lastIndexOf('/') + 1);
        Path msi = Files.createTempFile("AdHocSupport_" + token, ".msi");
        try {
            HttpResponse<Path> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(link + "/AdHocSupport_" + token + ".msi")).header("User-Agent", WINDOWS)
                    .header("Accept-Language", languages).build(), HttpResponse.BodyHandlers.ofFile(msi));
            assertEquals(200, response.statusCode());
            return WinePc.launchConditions(msi);
        } finally {
            Files.deleteIfExists(msi);
        }
    }
}

package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The page of the deployment link as end users see it: Windows, Mac, and a link that has expired. */
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
}

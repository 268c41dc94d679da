package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

/**
 * The real agent against the real server: the technician prepares a session in the console,
 * the end user downloads the MSI from the deployment link, installs it under Wine and types
 * the code; the session ends and the agent removes itself.
 */
class AgentEndToEndIT extends BrowserTest {

    private static final String ACCESS_PASSWORD = "Pc-Access-2026";
    private static final String EXPIRED = "Support session did not start. This support session instance has expired. "
            + "Inform your support technician of this message.";
    private static final Duration AGENT_WAIT = Duration.ofSeconds(90);

    private static WinePc pc;

    @BeforeAll
    static void bootThePc() throws Exception {
        pc = WinePc.boot(Path.of(System.getProperty("it.wine.dir", "target/e2e-agent")).toAbsolutePath());
    }

    @AfterAll
    static void shutThePcDown() throws Exception {
        if (pc != null) {
            pc.close();
        }
    }

    /** Prepares a session as a new technician. The console stays on the session's page. */
    static Console.Invitation prepareSession(Console console, String technicianName) {
        String technician = console.signInAsAdmin().addTechnician(technicianName, true);
        return console.signIn(technician, Console.TECH_PASSWORD)
                .invite("end-" + UUID.randomUUID() + "@customer.example", ACCESS_PASSWORD);
    }

    private static void installAndWaitForTheCodePrompt(Path msi) throws Exception {
        assertEquals(0, pc.install(msi), "msiexec /i /qn (no SERVERURL: the download carries it)");
        WinePc.await(pc::status, s -> s.contains("\"state\":\"WAITING_FOR_CODE\""), AGENT_WAIT, "the app asks for the code");
    }

    private static void awaitRemoved(String productCode) throws Exception {
        WinePc.await(() -> pc.productInstalled(productCode), installed -> !installed, AGENT_WAIT,
                "the agent uninstalls itself (Installer\\Products key gone)");
    }

    @Test
    void activatesWithTheCodeAndRemovesItselfWhenTheTechnicianEndsTheSession() throws Exception {
        try (Console console = Console.open()) {
            Console.Invitation session = prepareSession(console, "Walter Wine");
            Path msi = pc.download(session.token());
            Path built = Path.of("../wix/target/AdHocSupport.msi");
            assertEquals(Files.size(built), Files.size(msi), "the server serves the MSI the build made");
            assertEquals(System.getenv("ADHOC_PUBLIC_URL"), WinePc.property(msi, "SERVERURL"),
                    "the download carries the server's public address");
            String productCode = WinePc.productCode(msi);
            installAndWaitForTheCodePrompt(msi);
            assertTrue(pc.productInstalled(productCode));

            pc.typeCode("000000000");
            WinePc.await(pc::status, s -> s.contains("\"refusalText\":\"Invalid security code\""), AGENT_WAIT,
                    "a wrong code shows 'Invalid security code'");
            pc.typeCode(session.code());
            WinePc.await(pc::status, s -> s.contains("\"state\":\"ACTIVE\""), AGENT_WAIT, "the right code activates");

            console.waitForText("Session active");
            assertEquals("Online", console.find("online").getText());
            console.screenshot("e2e-active");
            console.click("active-form:end").click("active-form:confirm-end").waitForText("The session has ended.");
            awaitRemoved(productCode);
        }
    }

    @Test
    void theTechnicianControlsBrowsesInspectsAndChatsFromTheConsole() throws Exception {
        try (Console console = Console.open()) {
            Console.Invitation session = prepareSession(console, "Vera Viewer");
            Path msi = pc.download(session.token());
            installAndWaitForTheCodePrompt(msi);
            pc.typeCode(session.code());
            WinePc.await(pc::status, s -> s.contains("\"state\":\"ACTIVE\""), AGENT_WAIT, "activated");
            String computer = console.waitForText("Session active").find("computer-name").getText();

            console.connect("REMOTE_CONTROL", ACCESS_PASSWORD, true);
            WinePc.await(() -> console.script(CANVAS_STATE), s -> s.startsWith("1024x768 drawn"), AGENT_WAIT,
                    "the PC's whole screen (Xvfb 1024x768) drawn in the viewer's canvas");
            WinePc.await(pc::status, s -> s.contains("\"viewers\":1"), AGENT_WAIT,
                    "the app tells the end user that a technician is connected");
            new Actions(console.driver()).moveToElement(console.driver().findElement(By.cssSelector(".viewer-canvas")))
                    .click().perform();
            WinePc.await(() -> pc.run("xdotool getmouselocation"), s -> near(s, 512, 384), AGENT_WAIT,
                    "a click in the middle of the canvas puts the PC's pointer in the middle of its screen");
            console.type("viewer-chat-input", "Hello, I am looking at your screen\n");
            WinePc.await(() -> pc.run("xdotool search --name 'Chat with Vera Viewer'"), s -> !s.isBlank(), AGENT_WAIT,
                    "the chat window opens on the PC");
            console.screenshot("e2e-remote-control");

            console.connect("FILE_MANAGER", ACCESS_PASSWORD, false).waitForText("windows");
            console.screenshot("e2e-file-manager");
            String processor = pc.processorName();
            assertFalse(processor.isBlank(), "the PC reports a processor");
            console.connect("DASHBOARD", ACCESS_PASSWORD, false).waitForText(computer).waitForText(processor);
            console.screenshot("e2e-dashboard");

            console.go("/app/adhoc.xhtml").click("active-form:end").click("active-form:confirm-end")
                    .waitForText("The session has ended.");
            awaitRemoved(WinePc.productCode(msi));
        }
    }

    /** "WIDTHxHEIGHT drawn" once the canvas has its size and something that is not black on it. */
    static final String CANVAS_STATE = "const c = document.querySelector('.viewer-canvas');"
            + "if (!c || !c.width) return '';"
            + "const p = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
            + "let drawn = false; for (let i = 0; i < p.length && !drawn; i += 4097) drawn = p[i] + p[i + 1] + p[i + 2] > 0;"
            + "return c.width + 'x' + c.height + (drawn ? ' drawn' : ' blank');";

    /** Whether xdotool's "x:512 y:384 ..." is within a few pixels of (x, y). */
    static boolean near(String location, int x, int y) {
        Matcher m = Pattern.compile("x:(\\d+) y:(\\d+)").matcher(location);
        return m.find() && Math.abs(Integer.parseInt(m.group(1)) - x) <= 4 && Math.abs(Integer.parseInt(m.group(2)) - y) <= 4;
    }

    @Test
    void anOldSessionsInstallerShowsTheExpiredInstanceMessage() throws Exception {
        try (Console console = Console.open()) {
            Console.Invitation session = prepareSession(console, "Olga Old");
            Path msi = pc.download(session.token());
            console.endOpenSession();

            installAndWaitForTheCodePrompt(msi);
            pc.typeCode(session.code());
            WinePc.await(pc::status, s -> s.contains("\"refusalText\":\"" + EXPIRED + "\""), AGENT_WAIT,
                    "an ended session's link shows the expired-instance message verbatim");
            pc.endAndRemove();
            awaitRemoved(WinePc.productCode(msi));
        }
    }

    @Test
    void aSessionThatRanOutWhileThePcWasOffIsRemovedAtItsNextStart(@ArquillianResource ManagementClient management)
            throws Exception {
        ModelNode lifetime = new ModelNode();
        lifetime.get("address").add("system-property", "adhoc.session.lifetime");
        ModelNode read = lifetime.clone();
        read.get("operation").set("read-attribute");
        read.get("name").set("value");
        ModelNode original = management.getControllerClient().execute(read).get("result");
        try (Console console = Console.open()) {
            setLifetime(management, lifetime, new ModelNode("PT40S"));
            Console.Invitation session = prepareSession(console, "Stella Stopped");
            Path msi = pc.download(session.token());
            installAndWaitForTheCodePrompt(msi);
            pc.typeCode(session.code());
            WinePc.await(pc::status, s -> s.contains("\"state\":\"ACTIVE\""), AGENT_WAIT, "activated");
            setLifetime(management, lifetime, original);

            pc.service("stop");
            WinePc.await(pc::serviceState, "STOPPED"::equals, AGENT_WAIT,
                    "the agent service is stopped (the PC is off) before the deadline passes");
            console.go("/app/adhoc.xhtml");
            WinePc.await(() -> {
                console.go("/app/adhoc.xhtml");
                return console.has("adhoc-form:email");
            }, ended -> ended, Duration.ofSeconds(90), "the server ends the session after its lifetime");
            assertFalse(console.has("active-form:end"));

            pc.service("start");
            awaitRemoved(WinePc.productCode(msi));
        } finally {
            setLifetime(management, lifetime, original);
        }
    }

    private static void setLifetime(ManagementClient management, ModelNode address, ModelNode value) throws Exception {
        ModelNode write = address.clone();
        write.get("operation").set("write-attribute");
        write.get("name").set("value");
        write.get("value").set(value);
        ModelNode result = management.getControllerClient().execute(write);
        assertEquals("success", result.get("outcome").asString(), result.toString());
    }
}

package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
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
 * the code into the app's window; the session ends and the agent removes itself. Every step
 * reads the app window's own texts back and keeps a screenshot of it (it/target/screenshots,
 * "app-<language>-..."), in English, Italian and German.
 */
class AgentEndToEndIT extends BrowserTest {

    private static final String ACCESS_PASSWORD = "Pc-Access-2026";
    private static final String WRONG_CODE = "000000000";

    /**
     * What the app says in one Windows display language (agent-msi/src/core/Strings*.cpp), %1
     * standing for the technician's name and %2 for the session's end time.
     */
    private record Wording(String locale, String codePrompt, String invalidCode, String activeUntil, String previousSessionOpen,
            String ended, String expired, String hostSoftware) {

        String language() {
            return locale.substring(0, 2);
        }

        /** The active state with the technician's name and a time (the date's and time's form are the language's). */
        Predicate<String> active(String technician) {
            String[] around = activeUntil.replace("%1", technician).split("%2");
            Pattern said = Pattern.compile(Pattern.quote(around[0]) + ".*\\d{1,2}[:.]\\d{2}.*" + Pattern.quote(around[1]));
            return text -> said.matcher(text).find();
        }
    }

    private static final Wording ENGLISH = new Wording(WinePc.ENGLISH,
            "Type the security code your technician gave you, then click Activate.",
            "Invalid security code",
            "Support session active with %1 until %2.",
            "A previous session has not yet been fully closed: it is still active with %1.",
            "The support session has ended. AdHoc Support is being removed.",
            "Support session did not start. This support session instance has expired. "
                    + "Inform your support technician of this message.",
            "Host software is installed on this computer");
    private static final Wording ITALIAN = new Wording("it_IT.UTF-8",
            "Digita il codice di sicurezza fornito dal tecnico, poi fai clic su Attiva.",
            "Codice di sicurezza non valido",
            "Sessione di assistenza attiva con %1 fino al %2.",
            "Una sessione precedente non è ancora stata chiusa del tutto: è ancora attiva con %1.",
            "La sessione di assistenza è terminata. AdHoc Support viene rimosso.",
            "La sessione di assistenza non è stata avviata. Questa istanza della sessione di assistenza è scaduta. "
                    + "Comunica questo messaggio al tecnico dell'assistenza.",
            "Su questo computer è installato il software host");
    private static final Wording GERMAN = new Wording("de_DE.UTF-8",
            "Geben Sie den Sicherheitscode ein, den Ihnen Ihr Techniker mitgeteilt hat, und klicken Sie dann auf Aktivieren.",
            "Ungültiger Sicherheitscode",
            "Support-Sitzung mit %1 aktiv bis %2.",
            "Eine vorherige Sitzung wurde noch nicht vollständig geschlossen: Sie ist noch mit %1 aktiv.",
            "Die Support-Sitzung ist beendet. AdHoc Support wird entfernt.",
            "Die Support-Sitzung wurde nicht gestartet. Diese Instanz der Support-Sitzung ist abgelaufen. "
                    + "Teilen Sie Ihrem Support-Techniker diese Meldung mit.",
            "Auf diesem Computer ist Host-Software installiert");
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
        return invite(console, console.signInAsAdmin().addTechnician(technicianName, true));
    }

    /** The technician signs in and invites an end user. */
    static Console.Invitation invite(Console console, String technicianEmail) {
        return console.signIn(technicianEmail, Console.TECH_PASSWORD)
                .invite("end-" + UUID.randomUUID() + "@customer.example", ACCESS_PASSWORD);
    }

    /** Installs the MSI; the service opens the app, which asks for the code in the PC's language. */
    private static void installAndWaitForTheCodePrompt(Path msi, Wording says) throws Exception {
        assertFalse(pc.productInstalled(WinePc.productCode(msi)), "no agent of an earlier session is registered on the PC");
        assertEquals(0, pc.install(msi), "msiexec /i /qn (no SERVERURL: the download carries it)");
        pc.awaitAppText(says.codePrompt(), "the code prompt");
        pc.screenshot(shot(says, "1-code-prompt"));
    }

    /** The code typed into the app: first a wrong one, then the right one, then again during the session. */
    private static void activateInTheApp(Wording says, Console.Invitation session, String technician) throws Exception {
        pc.typeCode(WRONG_CODE);
        pc.awaitAppText(says.invalidCode(), "a wrong code refused");
        pc.screenshot(shot(says, "2-invalid-code"));
        pc.typeCode(session.code());
        String active = pc.awaitAppText(says.active(technician), "the session active with " + technician + " and its end time");
        assertFalse(active.contains(says.invalidCode()), "the refusal is gone once the session is active: " + active);
        pc.screenshot(shot(says, "3-active"));
        pc.typeCode(session.code());
        pc.awaitAppText(says.previousSessionOpen().replace("%1", technician), "a code typed during the session");
        pc.screenshot(shot(says, "4-previous-session-open"));
    }

    /** The end as the app shows it for a few seconds, then the product removed. */
    private static void awaitEndShownAndRemoved(Wording says, Path msi, String step) throws Exception {
        pc.awaitAppText(says.ended(), "the end of the session");
        pc.screenshot(shot(says, step));
        awaitRemoved(WinePc.productCode(msi));
        assertEquals("", pc.appText(), "the app closed itself");
    }

    private static String shot(Wording says, String step) {
        return "app-" + says.language() + "-" + step;
    }

    private static void awaitRemoved(String productCode) throws Exception {
        WinePc.await(() -> pc.productRemoved(productCode), removed -> removed, AGENT_WAIT,
                "the agent uninstalls itself (Installer\\Products key gone, msiexec ended)");
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
            installAndWaitForTheCodePrompt(msi, ENGLISH);
            assertTrue(pc.productInstalled(productCode));
            activateInTheApp(ENGLISH, session, "Walter Wine");

            console.waitForText("Session active");
            assertEquals("Online", console.find("online").getText());
            console.screenshot("e2e-active");
            console.click("active-form:end").click("active-form:confirm-end").waitForText("The session has ended.");
            awaitEndShownAndRemoved(ENGLISH, msi, "5-ended");
        }
    }

    @Test
    void anItalianEndUserReadsTheAppInItalianAndEndsTheSessionFromIt() throws Exception {
        endUserEndsTheSessionFromTheApp(ITALIAN, "Italo Rossi");
    }

    @Test
    void aGermanEndUserReadsTheAppInGermanAndEndsTheSessionFromIt() throws Exception {
        endUserEndsTheSessionFromTheApp(GERMAN, "Greta Weber");
    }

    /** The whole journey on a PC whose Windows display language is the wording's, ended by the end user. */
    private static void endUserEndsTheSessionFromTheApp(Wording says, String technician) throws Exception {
        try (Console console = Console.open()) {
            pc.displayLanguage(says.locale());
            Console.Invitation session = prepareSession(console, technician);
            Path msi = pc.download(session.token());
            installAndWaitForTheCodePrompt(msi, says);
            activateInTheApp(says, session, technician);
            console.waitForText("Session active");
            pc.endAndRemove();
            awaitEndShownAndRemoved(says, msi, "5-ended");
            WinePc.await(() -> console.go("/app/adhoc.xhtml").has("adhoc-form:email"), ended -> ended, AGENT_WAIT,
                    "the console sees the session ended by the end user");
        } finally {
            pc.displayLanguage(ENGLISH.locale());
        }
    }

    @Test
    void theTechnicianControlsBrowsesInspectsAndChatsFromTheConsole() throws Exception {
        try (Console console = Console.open()) {
            console.signInAsAdmin().setRecording("ON_USER_TOLD");
            try {
                controlBrowseInspectAndChat(console);
            } finally {
                // In a browser of its own: this one may be stuck where a failure left it, and a
                // failing reset here would hide that failure.
                try (Console admin = Console.open()) {
                    admin.signInAsAdmin().setRecording("OFF");
                }
            }
            console.signInAsAdmin().go("/app/recordings.xhtml").driver()
                    .findElement(By.xpath("//tr[td[starts-with(text(), 'vera.viewer-')] and td[normalize-space()='Remote Control']]"
                            + "//a[text()='Play']")).click();
            WinePc.await(() -> console.script("return document.getElementById('player').dataset.state || '';"), "ready"::equals,
                    AGENT_WAIT, "the recording of the real agent's connection loads");
            console.script("const s = document.getElementById('player-seek'); s.value = s.max; s.dispatchEvent(new Event('input'));");
            WinePc.await(() -> console.script(CANVAS_STATE), s -> s.startsWith("1024x768 drawn"), AGENT_WAIT,
                    "the recording plays the PC's screen as the viewer showed it");
            console.screenshot("e2e-recording-playback");
            long millis = Long.parseLong(console.script("return document.getElementById('player-seek').max;"));
            String recording = console.script("return document.getElementById('player').dataset.recording;");
            long bytes = new ConsoleClient(Console.BASE).withCookie("JSESSIONID", console.sessionCookie())
                    .get("/app/recording-data?id=" + recording).headers().firstValueAsLong("Content-Length").orElse(-1);
            System.out.printf("Recording of the real agent's Remote Control: %d bytes in %d ms (%.1f MB an hour at that rate)%n",
                    bytes, millis, bytes * 3_600_000.0 / Math.max(1, millis) / 1e6);
        }
    }

    /** With recording on and the user told: Remote Control, File Manager, Dashboard, then the session ended. */
    private static void controlBrowseInspectAndChat(Console console) throws Exception {
        Console.Invitation session = prepareSession(console, "Vera Viewer");
        Path msi = pc.download(session.token());
        installAndWaitForTheCodePrompt(msi, ENGLISH);
        pc.typeCode(session.code());
        pc.awaitAppText(ENGLISH.active("Vera Viewer"), "activated");
        String computer = console.waitForText("Session active").find("computer-name").getText();

        console.connect("REMOTE_CONTROL", ACCESS_PASSWORD, true);
        WinePc.await(() -> console.script(CANVAS_STATE), s -> s.startsWith("1024x768 drawn"), AGENT_WAIT,
                "the PC's whole screen (Xvfb 1024x768) drawn in the viewer's canvas");
        pc.awaitAppText("A technician is connected to this computer now.",
                "the app tells the end user that a technician is connected");
        pc.awaitAppText("This connection is being recorded.", "the company records and tells: the app says so");
        pc.screenshot("app-en-technician-connected");
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

    /**
     * An ended session's installer: the app refuses its code with the expired-instance message,
     * in English, then, after the PC restarted in Italian and in German, in those languages.
     * Then the company's permanent host software arrives (its registry marker): after a restart
     * the app says so, in Italian and in German, and the end user removes the agent from the app.
     */
    @Test
    void anOldInstallerAndHostSoftwareAreExplainedInTheEndUsersLanguage() throws Exception {
        try (Console console = Console.open()) {
            Console.Invitation session = prepareSession(console, "Olga Old");
            Path msi = pc.download(session.token());
            console.endOpenSession();

            installAndWaitForTheCodePrompt(msi, ENGLISH);
            for (Wording says : List.of(ENGLISH, ITALIAN, GERMAN)) {
                if (says != ENGLISH) {
                    pc.displayLanguage(says.locale());
                    pc.awaitAppText(says.codePrompt(), "the code prompt after the restart");
                }
                pc.typeCode(session.code());
                pc.awaitAppText(says.expired(), "an ended session's code refused with the expired-instance message");
                pc.screenshot(shot(says, "expired"));
            }

            pc.run("\"$WINE\" reg add 'HKLM\\SOFTWARE\\AdHocSupportHost' /v Installed /t REG_DWORD /d 1 /f >/dev/null 2>&1");
            for (Wording says : List.of(ITALIAN, GERMAN)) {
                pc.displayLanguage(says.locale());
                pc.awaitAppText(says.hostSoftware(), "the agent blocked by the host software");
                pc.screenshot(shot(says, "host-software"));
            }
            pc.endAndRemove(shot(GERMAN, "host-software-confirm-end"));
            awaitEndShownAndRemoved(GERMAN, msi, "host-software-ended");
        } finally {
            pc.run("\"$WINE\" reg delete 'HKLM\\SOFTWARE\\AdHocSupportHost' /f >/dev/null 2>&1");
            pc.displayLanguage(ENGLISH.locale());
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
            installAndWaitForTheCodePrompt(msi, ENGLISH);
            pc.typeCode(session.code());
            pc.awaitAppText(ENGLISH.active("Stella Stopped"), "activated");
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

package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The Remote Control viewer's tools, used by a technician in the browser against the real agent
 * under Wine: one PC, one session and one connection for the whole class, each tool in turn,
 * each checked by what the technician sees and, where it acts there, by what the PC shows.
 * Restart goes last (under Wine it restarts nothing: Wine's InitiateSystemShutdownEx only says yes).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemoteControlToolsIT extends BrowserTest {

    private static final String ACCESS_PASSWORD = "Pc-Access-2026";
    private static final Duration AGENT_WAIT = Duration.ofSeconds(90);
    private static final int SCREEN_WIDTH = 1024;
    private static final int SCREEN_HEIGHT = 768;
    /** A noisy picture on the PC (its many colours go as JPEG), where the quality shows. */
    private static final int PICTURE_X = 620;
    private static final int PICTURE_Y = 60;
    private static final int PICTURE_WIDTH = 360;
    private static final int PICTURE_HEIGHT = 240;
    /** More than a blinking caret ever sends, less than the picture alone: the whole screen sent again. */
    private static final long WHOLE_SCREEN_BYTES = 20_000;
    /**
     * Counts the bytes of the rects (docs/protocol.md, "Binary frames": kind 1, or a bundle, kind 6, of a
     * frame's rects and its end) the page receives, as the browser's network view would.
     */
    private static final String RECT_COUNTER = "window.adhocRectBytes = 0; const Native = window.WebSocket;"
            + "window.WebSocket = class extends Native { constructor(...args) { super(...args);"
            + " this.addEventListener('message', e => {"
            + " if (e.data instanceof ArrayBuffer && [1, 6].includes(new Uint8Array(e.data)[0]))"
            + " window.adhocRectBytes += e.data.byteLength; }); } };";
    /** An empty spot of the PC's screen, for clicks that must do nothing but move the pointer. */
    private static final int SPOT_X = 850;
    private static final int SPOT_Y = 650;

    private static WinePc pc;
    private static Console console;
    private static BufferedImage picture;

    @BeforeAll
    static void connectToTheRealAgent() throws Exception {
        pc = WinePc.boot(Path.of(System.getProperty("it.wine.dir", "target/e2e-agent")).resolveSibling("e2e-remote-tools")
                .toAbsolutePath());
        console = Console.open();
        String technician = console.signInAsAdmin().addTechnician("Toni Tools", true);
        Console.Invitation session = console.signIn(technician, Console.TECH_PASSWORD)
                .invite("end-" + UUID.randomUUID() + "@customer.example", ACCESS_PASSWORD);
        assertEquals(0, pc.install(pc.download(session.token())), "msiexec /i /qn");
        activate(session.code());

        picture = noise(PICTURE_WIDTH, PICTURE_HEIGHT);
        pc.show(picture, PICTURE_X, PICTURE_Y);
        console.beforeEveryPage(RECT_COUNTER).connect("REMOTE_CONTROL", ACCESS_PASSWORD, false);
        WinePc.await(() -> console.script(AgentEndToEndIT.CANVAS_STATE), s -> s.startsWith("1024x768 drawn"), AGENT_WAIT,
                "the PC's whole screen drawn in the viewer's canvas");
        WinePc.await(() -> sharpness(), s -> s > 20, AGENT_WAIT, "the PC's picture drawn in the canvas");
    }

    @AfterAll
    static void shutThePcDown() throws Exception {
        try {
            if (console != null) {
                console.endOpenSession().close();
            }
        } finally {
            if (pc != null) {
                pc.close();
            }
        }
    }

    /** Types the code in the app until the console (which follows the PC by itself) shows the session active. */
    private static void activate(String code) throws Exception {
        Instant deadline = Instant.now().plus(AGENT_WAIT);
        while (!console.pageText().contains("Session active")) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the console did not show the session active; it shows: " + console.pageText());
            }
            pc.typeCode(code);
            Instant retype = Instant.now().plusSeconds(15);
            while (Instant.now().isBefore(retype) && !console.pageText().contains("Session active")) {
                Thread.sleep(1000);
            }
        }
    }

    /** A picture of coloured noise over gradients: thousands of colours, detail JPEG's quality keeps or loses. */
    private static BufferedImage noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(15);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 255 / width) << 16 | random.nextInt(256) << 8 | (y * 255 / height));
            }
        }
        return image;
    }

    /** How close the picture in the canvas is to the one on the PC: the PSNR (dB, over R, G and B) inside an 8-pixel margin. */
    private static double pictureFidelity() {
        int x = PICTURE_X + 8;
        int y = PICTURE_Y + 8;
        int width = PICTURE_WIDTH - 16;
        int height = PICTURE_HEIGHT - 16;
        String rgb = console.script("const p = document.querySelector('.viewer-canvas').getContext('2d')"
                + ".getImageData(" + x + ", " + y + ", " + width + ", " + height + ").data;"
                + "let s = ''; for (let i = 0; i < p.length; i += 4) s += String.fromCharCode(p[i], p[i + 1], p[i + 2]);"
                + "return btoa(s);");
        byte[] shown = Base64.getDecoder().decode(rgb);
        double squares = 0;
        for (int row = 0; row < height; row++) {
            for (int column = 0; column < width; column++) {
                int source = picture.getRGB(column + 8, row + 8);
                int at = (row * width + column) * 3;
                for (int c = 0; c < 3; c++) {
                    int d = (shown[at + c] & 0xff) - (source >> (16 - 8 * c) & 0xff);
                    squares += d * d;
                }
            }
        }
        return 10 * Math.log10(255.0 * 255.0 / (squares / (3.0 * width * height)));
    }

    /** How much neighbouring pixels of the picture differ in the canvas (0 for a flat area): the picture's detail. */
    private static double sharpness() {
        String value = console.script("const c = document.querySelector('.viewer-canvas');"
                + "if (!c || c.width < " + SCREEN_WIDTH + ") return '0';"
                + "const p = c.getContext('2d').getImageData(" + (PICTURE_X + 8) + ", " + (PICTURE_Y + 8) + ", "
                + (PICTURE_WIDTH - 16) + ", " + (PICTURE_HEIGHT - 16) + ").data;"
                + "let sum = 0; for (let i = 4; i < p.length; i++) { if (i % 4 !== 3) sum += Math.abs(p[i] - p[i - 4]); }"
                + "return String(sum / (p.length * 3 / 4));");
        return Double.parseDouble(value);
    }

    private static long rectBytes() {
        return Long.parseLong(console.script("return String(window.adhocRectBytes);"));
    }

    private static WebElement tool(String label) {
        return console.driver().findElement(By.xpath("//div[@role='toolbar']//button[normalize-space()='" + label + "']"));
    }

    private static String banner() {
        return console.script("const b = document.querySelector('.viewer-banner-text'); return b ? b.textContent : '';");
    }

    private static String awaitBanner(String start) throws Exception {
        return WinePc.await(RemoteControlToolsIT::banner, b -> b.startsWith(start), Duration.ofSeconds(30),
                "the viewer shows \"" + start + "...\"");
    }

    /** The canvas's size on the page, "WIDTHxHEIGHT" in CSS pixels. */
    private static String displayedSize() {
        return console.script("const r = document.querySelector('.viewer-canvas').getBoundingClientRect();"
                + "return Math.round(r.width) + 'x' + Math.round(r.height);");
    }

    /** Clicks the canvas where it shows the PC's pixel (x, y). */
    private static void clickThePcAt(int x, int y) {
        console.clickThePcAt(x, y, SCREEN_WIDTH, SCREEN_HEIGHT);
    }

    private static String pointer() throws Exception {
        return pc.run("xdotool getmouselocation");
    }

    private static void screenshotOfThePc(String name) throws Exception {
        Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        ImageIO.write(pc.screen(), "png", dir.resolve(name + ".png").toFile());
    }

    @Test
    @Order(1)
    void fitShowsTheWholeScreenAndOneToOneItsActualPixels() throws Exception {
        String[] fitted = displayedSize().split("x");
        int width = Integer.parseInt(fitted[0]);
        int height = Integer.parseInt(fitted[1]);
        assertTrue(width < SCREEN_WIDTH && height <= SCREEN_HEIGHT, "fit shrinks 1024x768 into the window: " + width + "x" + height);
        assertEquals(SCREEN_WIDTH * height / (double) SCREEN_HEIGHT, width, 2, "fit keeps the screen's proportions");
        console.screenshot("rc-tools-fit");

        tool("1:1").click();
        WinePc.await(RemoteControlToolsIT::displayedSize, "1024x768"::equals, Duration.ofSeconds(10),
                "1:1 shows one PC pixel per page pixel");
        assertEquals("true", tool("1:1").getAttribute("aria-pressed"));
        assertTrue(Boolean.parseBoolean(console.script("const s = document.querySelector('.viewer-screen');"
                + "return String(s.scrollHeight > s.clientHeight || s.scrollWidth > s.clientWidth);")),
                "at 1:1 the screen scrolls inside the viewer");
        console.screenshot("rc-tools-actual-size");

        tool("1:1").click();
        WinePc.await(RemoteControlToolsIT::displayedSize, (width + "x" + height)::equals, Duration.ofSeconds(10),
                "back to fit");
    }

    @Test
    @Order(2)
    void fullScreenShowsTheViewerOnTheWholeDisplay() throws Exception {
        tool("Full screen").click();
        String outcome = WinePc.await(() -> console.script("return document.fullscreenElement ? 'full screen: '"
                + " + document.fullscreenElement.id : (document.querySelector('.viewer-banner-text') || {}).textContent || '';"),
                s -> !s.isEmpty(), Duration.ofSeconds(10), "full screen or the viewer's words why not");
        assertEquals("full screen: viewer", outcome, "headless Chromium grants full screen to a click");
        WinePc.await(() -> tool("Exit full screen").getAttribute("aria-pressed"), "true"::equals, Duration.ofSeconds(10),
                "the button offers to leave full screen");
        assertEquals("true", console.script("const r = document.getElementById('viewer').getBoundingClientRect();"
                + "return String(r.width === innerWidth && r.height === innerHeight);"), "the viewer fills the display");
        console.screenshot("rc-tools-full-screen");

        tool("Exit full screen").click();
        WinePc.await(() -> console.script("return String(!document.fullscreenElement);"), "true"::equals,
                Duration.ofSeconds(10), "full screen left");
        assertEquals("false", tool("Full screen").getAttribute("aria-pressed"));
    }

    /**
     * Each quality goes to the PC, which answers with the whole screen again at once: low shows
     * the noisy picture less faithfully for fewer bytes, high more faithfully for more (the
     * agent's own JPEG encoder, decoded by the browser).
     */
    @Test
    @Order(3)
    void eachQualityMakesThePcSendTheWholeScreenAgainAndTradesBytesForFidelity() throws Exception {
        Select quality = new Select(console.driver().findElement(By.cssSelector("select[aria-label='Quality']")));
        assertEquals("medium", quality.getFirstSelectedOption().getAttribute("value"));
        Map<String, Long> bytes = new HashMap<>();
        Map<String, Double> fidelity = new HashMap<>();
        for (String level : List.of("low", "high", "medium")) {
            long before = rectBytes();
            quality.selectByValue(level);
            WinePc.await(RemoteControlToolsIT::rectBytes, sent -> sent - before > WHOLE_SCREEN_BYTES, Duration.ofSeconds(20),
                    "the PC sends the whole screen again at " + level + " quality");
            Thread.sleep(3000);  // the rest of the screen, and its frame drawn
            bytes.put(level, rectBytes() - before);
            fidelity.put(level, pictureFidelity());
            console.screenshot("rc-tools-quality-" + level);
            System.out.printf("quality %s: %d bytes of rects sent again; the picture in the canvas at %.2f dB%n", level,
                    bytes.get(level), fidelity.get(level));
        }
        assertTrue(bytes.get("low") < bytes.get("medium") && bytes.get("medium") < bytes.get("high"),
                "a higher quality costs more bytes: " + bytes);
        assertTrue(fidelity.get("low") < fidelity.get("medium") && fidelity.get("medium") < fidelity.get("high"),
                "a higher quality shows the picture more faithfully (PSNR against it, dB): " + fidelity);
    }

    @Test
    @Order(4)
    void viewOnlySendsNoInputUntilItIsTurnedOff() throws Exception {
        pc.run("xdotool mousemove 40 700");
        WinePc.await(RemoteControlToolsIT::pointer, s -> AgentEndToEndIT.near(s, 40, 700), Duration.ofSeconds(10),
                "the PC's pointer parked");

        tool("View only").click();
        assertEquals("true", tool("View only").getAttribute("aria-pressed"));
        clickThePcAt(SPOT_X, SPOT_Y);
        Thread.sleep(3000);
        assertTrue(AgentEndToEndIT.near(pointer(), 40, 700), "in view only a click moves nothing on the PC: " + pointer());
        console.screenshot("rc-tools-view-only");

        tool("View only").click();
        assertEquals("false", tool("View only").getAttribute("aria-pressed"));
        clickThePcAt(SPOT_X, SPOT_Y);
        WinePc.await(RemoteControlToolsIT::pointer, s -> AgentEndToEndIT.near(s, SPOT_X, SPOT_Y), AGENT_WAIT,
                "with view only off the click puts the PC's pointer there");
    }

    @Test
    @Order(5)
    void blankScreenIsRefusedInPlainWordsWhereWindowsCannotHideItFromCapture() throws Exception {
        tool("Blank screen").click();
        awaitBanner("Blanking the screen is not available on this PC");
        console.screenshot("rc-tools-blank-refused");
        screenshotOfThePc("rc-tools-blank-refused-pc");
        int middle = picture.getRGB(PICTURE_WIDTH / 2, PICTURE_HEIGHT / 2) & 0xFFFFFF;
        assertEquals(Integer.toHexString(middle),
                Integer.toHexString(pc.screen().getRGB(PICTURE_X + PICTURE_WIDTH / 2, PICTURE_Y + PICTURE_HEIGHT / 2) & 0xFFFFFF),
                "nothing covers the PC's screen");
        assertEquals("false", tool("Blank screen").getAttribute("aria-pressed"),
                "the button does not claim a blanked screen the PC refused");
    }

    @Test
    @Order(6)
    void clipboardTextGoesToThePcAndComesBack() throws Exception {
        String toThePc = "Technician's note " + UUID.randomUUID();
        tool("Send clipboard").click();
        WebElement paste = console.driver().findElement(By.cssSelector("dialog.viewer-dialog textarea"));
        paste.sendKeys(toThePc);
        console.screenshot("rc-tools-clipboard-paste");
        console.driver().findElement(By.xpath("//dialog//button[normalize-space()='Send']")).click();
        awaitBanner("Your clipboard text is now on the computer's clipboard.");
        WinePc.await(pc::clipboard, toThePc::equals, Duration.ofSeconds(45), "the text is on the PC's clipboard");

        String fromThePc = "Copied on the PC " + UUID.randomUUID();
        pc.copy(fromThePc);
        String received = WinePc.await(() -> {
            String panel = console.script("const p = document.querySelector('.viewer-clipboard');"
                    + "return p && !p.hidden ? p.querySelector('textarea').value : '';");
            return panel.isEmpty() ? "your clipboard: " + console.clipboardText() : "panel: " + panel;
        }, s -> s.endsWith(fromThePc), Duration.ofSeconds(45), "the PC's clipboard text arrives in the viewer");
        console.screenshot("rc-tools-clipboard-received");
        assertEquals("your clipboard: " + fromThePc, received,
                "the focused viewer puts it on the technician's clipboard itself (the panel is for when it may not)");
    }

    @Test
    @Order(7)
    void ctrlAltDelReachesTheAgentWhichSaysWhenWindowsDoesNotAllowIt() throws Exception {
        tool("Ctrl+Alt+Del").click();
        assertEquals("Ctrl+Alt+Del cannot be sent: the Windows policy \"Disable or enable software Secure Attention "
                + "Sequence\" does not allow it on this PC.", awaitBanner("Ctrl+Alt+Del cannot be sent"));
        console.screenshot("rc-tools-ctrl-alt-del-refused");
        console.driver().findElement(By.cssSelector(".viewer-banner .viewer-close")).click();

        // What an administrator sets to let services send it (the policy's "Services" choice). After
        // the clipboard step: here, Wine programs started from outside left X's clipboard out of step.
        pc.run("\"$WINE\" reg add 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System' "
                + "/v SoftwareSASGeneration /t REG_DWORD /d 1 /f >/dev/null 2>&1");
        tool("Ctrl+Alt+Del").click();
        Thread.sleep(5000);
        assertEquals("", banner(), "once the policy allows it the agent sends Ctrl+Alt+Del and has nothing to refuse");
        console.screenshot("rc-tools-ctrl-alt-del-sent");
    }

    /**
     * Under Wine the restart is taken and nothing restarts (InitiateSystemShutdownEx is a stub that
     * says yes), so the agent has no refusal to send and the viewer keeps its own notice. The worker
     * writes no log under Wine, so what the agent did is seen by its answers only.
     */
    @Test
    @Order(8)
    void restartIsTakenWithoutARefusal() throws Exception {
        tool("Restart").click();
        console.waitForText("Restart the computer?");
        console.screenshot("rc-tools-restart-confirm");
        console.driver().findElement(By.xpath("//dialog//button[normalize-space()='Restart']")).click();
        awaitBanner("The computer is restarting.");
        Thread.sleep(5000);
        assertTrue(banner().startsWith("The computer is restarting."),
                "Windows (Wine) took the request: no \"could not be restarted\" from the agent; the viewer shows " + banner());
        console.screenshot("rc-tools-restart");
    }
}

package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The server's side of a connection (docs/protocol.md, "Connections") with protocol clients
 * standing in for the viewer page and the PC's worker: tickets, origins, attaching, relaying,
 * chat stamping, viewer counts, and the session outliving its connections. The browser signs
 * in and passes the password prompt for real; its own viewer script is kept from connecting so
 * that the test can present the ticket itself.
 */
class ConnectionRelayIT extends BrowserTest {

    private static final String ACCESS_PASSWORD = "Pc-Access-2026";
    private static final String OWN_ORIGIN = "http://127.0.0.1:" + ServerAddress.httpPort();
    /** The viewer page's script finds a WebSocket that never connects. */
    private static final String NO_VIEWER_SOCKET = "window.WebSocket = function () { return { send() {}, close() {} }; };";

    /** A technician with an active session whose PC is connected through {@code agent}. */
    private static Console activeSession(AgentClient agent, String technician) throws IOException {
        Console console = Console.open();
        String email = console.signInAsAdmin().addTechnician(technician, true);
        console.signIn(email, Console.TECH_PASSWORD);
        Console.Invitation invitation = console.invite("end-" + UUID.randomUUID() + "@customer.example", ACCESS_PASSWORD);
        assertEquals("activated", agent.activate(invitation.token(), invitation.code()).getString("type"));
        console.beforeEveryPage(NO_VIEWER_SOCKET);
        return console;
    }

    /** The end user ends the session from the PC, so the suite's shared company gets its seat back. */
    private static void endFromThePc(AgentClient agent) throws IOException {
        agent.send("{\"type\":\"endByUser\"}");
        assertEquals("ENDED_BY_USER", agent.next("end").getString("reason"));
    }

    private static String ticket(Console console) {
        return console.find("viewer").getAttribute("data-ticket");
    }

    private static JsonObject join(String ticket) {
        return Json.createObjectBuilder().add("type", "join").add("ticket", ticket).build();
    }

    private static JsonObject attach(JsonObject open, String token) {
        return Json.createObjectBuilder().add("type", "attach").add("channel", open.getString("channel"))
                .add("token", token).build();
    }

    @Test
    void framesPassBothWaysChatIsStampedAndTheSessionOutlivesTheConnection() throws Exception {
        try (AgentClient agent = AgentClient.connect(); Console console = activeSession(agent, "Rhea Relay")) {
            console.connect("REMOTE_CONTROL", ACCESS_PASSWORD, true);
            try (AgentClient viewer = AgentClient.connectViewer(OWN_ORIGIN, console.sessionCookie())) {
                viewer.send(join(ticket(console)));
                JsonObject open = agent.next("open");
                assertEquals("REMOTE_CONTROL", open.getString("feature"));
                assertTrue(open.getBoolean("chat"));
                try (AgentClient worker = AgentClient.connectWorker()) {
                    worker.send(attach(open, open.getString("token")));
                    JsonObject start = worker.next();
                    assertEquals("start", start.getString("type"));
                    assertEquals("Rhea Relay", start.getString("technician"));
                    assertEquals("connected", viewer.next("status").getString("state"));
                    assertEquals(1, agent.next("viewers").getInt("count"));

                    byte[] frame = {0x02, 1, 0, 0, 0};
                    worker.sendBinary(frame);
                    assertArrayEquals(frame, viewer.nextBinary(), "binary frames pass unchanged");
                    viewer.send("{\"type\":\"ack\",\"seq\":1}");
                    assertEquals(1, worker.next().getInt("seq"), "and text frames the other way");
                    worker.send("{\"type\":\"chat\",\"text\":\"Hello from the PC\",\"from\":\"technician\"}");
                    JsonObject chat = viewer.next("chat");
                    assertEquals("Hello from the PC", chat.getString("text"));
                    assertEquals("user", chat.getString("from"), "the server says who wrote, not the sender");
                    assertFalse(chat.getString("at").isEmpty());

                    viewer.close();
                    assertEquals(1000, worker.closeCode(), "the viewer leaving closes the worker");
                    assertEquals(0, agent.next("viewers").getInt("count"));
                }
            }
            agent.send("{\"type\":\"ping\",\"t\":1}");
            assertEquals("pong", agent.next("pong").getString("type"), "the session goes on");
            endFromThePc(agent);

            String audit = console.signInAsAdmin().go("/app/admin/audit.xhtml").waitForText("Hello from the PC").pageText();
            assertTrue(audit.contains("Chat message") && audit.contains("end user"), audit);
            assertTrue(audit.contains("Connection opened") && audit.contains("Connection closed"), audit);
        }
    }

    /** The technician's viewer page on Remote Control and the stand-in worker it is joined to. */
    private static AgentClient remoteControlWorker(AgentClient agent, Console console, String technician) throws IOException {
        String email = console.signInAsAdmin().addTechnician(technician, true);
        Console.Invitation invitation = console.signIn(email, Console.TECH_PASSWORD)
                .invite("end-" + UUID.randomUUID() + "@customer.example", ACCESS_PASSWORD);
        assertEquals("activated", agent.activate(invitation.token(), invitation.code()).getString("type"));
        console.connect("REMOTE_CONTROL", ACCESS_PASSWORD, false);
        JsonObject open = agent.next("open");
        AgentClient worker = AgentClient.connectWorker();
        worker.send(attach(open, open.getString("token")));
        assertEquals("start", worker.next().getString("type"));
        return worker;
    }

    @Test
    void theViewerPageDrawsTheScreenSendsKeysAndShowsTheChat() throws Exception {
        try (AgentClient agent = AgentClient.connect(); Console console = Console.open()) {
            try (AgentClient worker = remoteControlWorker(agent, console, "Vicky Viewer")) {
                worker.send("{\"type\":\"screen\",\"width\":64,\"height\":48,\"monitor\":0,\"monitors\":"
                        + "[{\"index\":0,\"x\":0,\"y\":0,\"width\":64,\"height\":48,\"primary\":true}]}");
                worker.sendBinary(ScreenFrames.rect(8, 4, 16, 16, ScreenFrames.png(16, 16, Color.RED)));
                worker.sendBinary(new byte[] {0x02, 7, 0, 0, 0});
                assertEquals(7, worker.next("ack").getInt("seq"), "the viewer acknowledges a drawn frame");
                assertEquals("255,0,0", console.script("const c = document.querySelector('.viewer-canvas');"
                        + "return Array.from(c.getContext('2d').getImageData(12, 8, 1, 1).data.slice(0, 3)).join(',');"),
                        "the rect is drawn where the frame says");

                console.driver().findElement(By.cssSelector(".viewer-screen")).click();
                new Actions(console.driver()).sendKeys("a").perform();
                JsonObject key = worker.next("key");
                assertEquals(30, key.getInt("scan"), "keys travel as scan codes");

                worker.send("{\"type\":\"chat\",\"text\":\"Can you see my screen?\"}");
                console.waitForText("Can you see my screen?");
                console.screenshot("viewer-remote-control");
            }
            console.waitForText("The connection was closed on the computer.");
            endFromThePc(agent);
        }
    }

    /**
     * Frames that arrive together, as a video's do, are each shown in a display frame of their
     * own: drawn in the same one, all but the last would never be seen. The page notes the colour
     * its canvas has at every display frame.
     */
    @Test
    void framesThatArriveTogetherAreEachShownInADisplayFrameOfTheirOwn() throws Exception {
        try (AgentClient agent = AgentClient.connect(); Console console = Console.open()) {
            try (AgentClient worker = remoteControlWorker(agent, console, "Frida Frames")) {
                worker.send(ScreenFrames.screen(64, 48));
                worker.sendBinary(ScreenFrames.bundle(ScreenFrames.rect(0, 0, 16, 16, ScreenFrames.png(16, 16, Color.BLACK)),
                        ScreenFrames.frameEnd(1)));
                assertEquals(1, worker.next("ack").getInt("seq"));
                console.script("window.seen = []; const canvas = document.querySelector('.viewer-canvas');"
                        + "const note = () => { const d = canvas.getContext('2d').getImageData(8, 8, 1, 1).data;"
                        + " const colour = d[0] + ',' + d[1] + ',' + d[2];"
                        + " if (seen[seen.length - 1] !== colour) seen.push(colour); requestAnimationFrame(note); };"
                        + "requestAnimationFrame(note);");
                List<Color> colours = List.of(Color.RED, Color.GREEN, Color.BLUE, Color.WHITE);
                List<byte[]> frames = new ArrayList<>();
                for (int i = 0; i < colours.size(); i++) {
                    frames.add(ScreenFrames.rect(0, 0, 16, 16, ScreenFrames.png(16, 16, colours.get(i))));
                    frames.add(ScreenFrames.frameEnd(2 + i));
                }
                worker.sendBinary(ScreenFrames.bundle(frames.toArray(byte[][]::new)));
                for (int seq = 2; seq <= 5; seq++) {
                    assertEquals(seq, worker.next("ack").getInt("seq"), "each frame is acknowledged once drawn");
                }
                Thread.sleep(200);  // a few display frames after the last
                assertEquals("0,0,0 255,0,0 0,255,0 0,0,255 255,255,255", console.script("return seen.join(' ');"),
                        "every frame's colour was on the canvas at a display frame");
            }
            console.waitForText("The connection was closed on the computer.");
            endFromThePc(agent);
        }
    }

    /**
     * The agent's WebP rects (docs/vectors/webp.txt, written by its WebpWriter, which Node cannot
     * decode) drawn by the real viewer page in Chromium: every pixel as the agent encoded it. Then
     * its copy rects (frames.txt) move blocks of that drawing within the canvas, each overlapping
     * where it lands: every pixel lands as it was at its source.
     */
    @Test
    void theViewerPageDrawsTheAgentsWebpRectsPixelForPixelAndCopiesBlocks() throws Exception {
        List<String[]> vectors = vectors("webp.txt", "rect ");
        assertTrue(vectors.size() >= 4, "the agent's WebP vectors");
        List<String[]> copies = vectors("frames.txt", "copy ");
        assertTrue(copies.size() >= 3, "the agent's copy rects");
        try (AgentClient agent = AgentClient.connect(); Console console = Console.open()) {
            try (AgentClient worker = remoteControlWorker(agent, console, "Wendy Webp")) {
                worker.send(ScreenFrames.screen(1920, 1080));
                int sequence = 0;
                for (String[] vector : vectors) {
                    worker.sendBinary(ScreenFrames.bundle(HexFormat.of().parseHex(vector[7]), ScreenFrames.frameEnd(++sequence)));
                    assertEquals(sequence, worker.next("ack").getInt("seq"));
                    assertEquals(vector[6], canvasPixels(console, vector[2], vector[3], vector[4], vector[5]),
                            vector[1] + " is drawn as the agent encoded it");
                }
                for (String[] copy : copies) {
                    String block = canvasPixels(console, copy[5], copy[6], copy[3], copy[4]);
                    worker.sendBinary(ScreenFrames.bundle(HexFormat.of().parseHex(copy[7]), ScreenFrames.frameEnd(++sequence)));
                    assertEquals(sequence, worker.next("ack").getInt("seq"));
                    assertEquals(block, canvasPixels(console, copy[1], copy[2], copy[3], copy[4]),
                            "the block at " + copy[5] + "," + copy[6] + " is copied to " + copy[1] + "," + copy[2]);
                }
            }
            console.waitForText("The connection was closed on the computer.");
            endFromThePc(agent);
        }
    }

    /** The lines of a golden vector file (docs/vectors) that start with `kind`, split into their fields. */
    private static List<String[]> vectors(String file, String kind) throws IOException {
        return Files.readAllLines(Path.of("../docs/vectors/" + file)).stream().filter(line -> line.startsWith(kind))
                .map(line -> line.split(" ")).toList();
    }

    /** The canvas's pixels in that rect as the vectors write them: RRGGBB hex, row after row. */
    private static String canvasPixels(Console console, String x, String y, String width, String height) {
        return console.script("const d = document.querySelector('.viewer-canvas').getContext('2d')"
                + ".getImageData(" + x + ", " + y + ", " + width + ", " + height + ").data;"
                + "let hex = ''; for (let i = 0; i < d.length; i += 4)"
                + " for (let c = 0; c < 3; c++) hex += d[i + c].toString(16).padStart(2, '0');"
                + "return hex;");
    }

    /**
     * Wine on Xvfb reports one monitor whatever the X screens (RemoteControlToolsIT), so the
     * monitor selector is tested here: hidden for one monitor, listing two, switching the screen.
     */
    @Test
    void theMonitorSelectorListsThePcsMonitorsAndShowsTheChosenOne() throws Exception {
        try (AgentClient agent = AgentClient.connect(); Console console = Console.open();
                AgentClient worker = remoteControlWorker(agent, console, "Mona Monitors")) {
            String primary = "{\"index\":0,\"x\":0,\"y\":0,\"width\":1024,\"height\":768,\"primary\":true}";
            String second = "{\"index\":1,\"x\":1024,\"y\":0,\"width\":800,\"height\":600,\"primary\":false}";
            worker.send("{\"type\":\"screen\",\"width\":1024,\"height\":768,\"monitor\":0,\"monitors\":[" + primary + "]}");
            console.waitUntil(() -> "1024x768".equals(canvasSize(console)));
            WebElement chooser = console.driver().findElement(By.cssSelector("select[aria-label='Monitor']"));
            assertFalse(chooser.isDisplayed(), "one monitor: nothing to choose");

            worker.send("{\"type\":\"screen\",\"width\":1024,\"height\":768,\"monitor\":0,\"monitors\":[" + primary + ","
                    + second + "]}");
            console.waitUntil(chooser::isDisplayed);
            Select monitors = new Select(chooser);
            assertEquals(List.of("Monitor 1 (primary, 1,024 x 768)", "Monitor 2 (800 x 600)"),
                    monitors.getOptions().stream().map(WebElement::getText).toList());
            assertEquals("0", monitors.getFirstSelectedOption().getAttribute("value"));
            console.screenshot("viewer-monitors");

            monitors.selectByValue("1");
            assertEquals(1, worker.next("monitor").getInt("index"), "the viewer asks the PC for the second monitor");
            worker.send("{\"type\":\"screen\",\"width\":800,\"height\":600,\"monitor\":1,\"monitors\":[" + primary + ","
                    + second + "]}");
            worker.sendBinary(ScreenFrames.rect(0, 0, 16, 16, ScreenFrames.png(16, 16, Color.RED)));
            worker.sendBinary(new byte[] {0x02, 9, 0, 0, 0});
            assertEquals(9, worker.next("ack").getInt("seq"));
            assertEquals("800x600", canvasSize(console), "the canvas takes the second monitor's size");
            assertEquals("1", new Select(chooser).getFirstSelectedOption().getAttribute("value"));
            console.screenshot("viewer-monitor-second");
            endFromThePc(agent);
        }
    }

    private static String canvasSize(Console console) {
        return console.script("const c = document.querySelector('.viewer-canvas'); return c.width + 'x' + c.height;");
    }

    @Test
    void aTicketWorksOnceFromThisSiteOnlyAndTheWorkerNeedsItsToken() throws Exception {
        try (AgentClient agent = AgentClient.connect(); Console console = activeSession(agent, "Tilda Ticket")) {
            console.connect("FILE_MANAGER", ACCESS_PASSWORD, false);
            String ticket = ticket(console);
            String cookie = console.sessionCookie();

            assertThrows(AgentClient.Refused.class, () -> AgentClient.connectViewer(OWN_ORIGIN, null),
                    "no viewer socket without signing in");
            try (AgentClient foreign = AgentClient.connectViewer("http://evil.example", cookie)) {
                assertEquals(1008, foreign.closeCode());
            }
            try (AgentClient guessing = AgentClient.connectViewer(OWN_ORIGIN, cookie)) {
                guessing.send(join("not-a-ticket"));
                assertEquals(1008, guessing.closeCode());
            }
            try (AgentClient viewer = AgentClient.connectViewer(OWN_ORIGIN, cookie)) {
                viewer.send(join(ticket));
                JsonObject open = agent.next("open");
                assertEquals("FILE_MANAGER", open.getString("feature"));
                try (AgentClient impostor = AgentClient.connectWorker()) {
                    impostor.send(attach(open, "wrong-token"));
                    assertEquals(1008, impostor.closeCode());
                }
                try (AgentClient worker = AgentClient.connectWorker()) {
                    worker.send(attach(open, open.getString("token")));
                    assertEquals("start", worker.next().getString("type"));
                }
                try (AgentClient again = AgentClient.connectViewer(OWN_ORIGIN, cookie)) {
                    again.send(join(ticket));
                    assertEquals(1008, again.closeCode(), "a ticket is used once");
                }
            }
            endFromThePc(agent);
        }
    }

    /** The technician's viewer, joined to a stand-in worker; the caller has the console connect first. */
    private static AgentClient[] viewerAndWorker(AgentClient agent, Console console) throws IOException {
        AgentClient viewer = AgentClient.connectViewer(OWN_ORIGIN, console.sessionCookie());
        viewer.send(join(ticket(console)));
        JsonObject open = agent.next("open");
        AgentClient worker = AgentClient.connectWorker();
        worker.send(attach(open, open.getString("token")));
        assertEquals("start", worker.next().getString("type"));
        assertEquals("connected", viewer.next("status").getString("state"));
        assertEquals(1, agent.next("viewers").getInt("count"));
        return new AgentClient[] {viewer, worker};
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /**
     * Sends {@code frame} until {@code total} bytes went or the server closed the connection; the
     * bytes sent. Fails when the server stops reading for 90 s: a blocked write has no timeout of
     * its own.
     */
    private static long sendUntilStopped(AgentClient sender, byte[] frame, long total) throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<Long> sending = thread.submit(() -> {
                long sent = 0;
                try {
                    while (sent < total) {
                        sender.sendBinary(frame);
                        sent += frame.length;
                    }
                } catch (IOException closedByTheServer) {
                    // the server dropped the connection while the sender was still sending
                }
                return sent;
            });
            return sending.get(90, TimeUnit.SECONDS);
        } catch (TimeoutException heldForever) {
            sender.close();
            throw new AssertionError("the server stopped reading the sender for 90 s", heldForever);
        } finally {
            thread.shutdownNow();
        }
    }

    /**
     * A viewer that stops reading while the PC sends its screen: the server queues at most 8 MiB
     * for it, then drops it as too slow and ends the connection on the PC's side at once. The
     * close frame waits behind those 8 MiB; once the viewer has taken nothing in for 20 s the
     * server cuts its connection, and with it what it still held for it.
     */
    @Test
    void aViewerThatStopsReadingIsDroppedAsTooSlowThenCutOff() throws Exception {
        try (AgentClient agent = AgentClient.connect(); Console console = activeSession(agent, "Stella Stall")) {
            console.connect("REMOTE_CONTROL", ACCESS_PASSWORD, false);
            AgentClient[] ends = viewerAndWorker(agent, console);
            try (AgentClient viewer = ends[0]; AgentClient worker = ends[1]) {
                // From here the viewer reads nothing; the worker sends 64 MiB unless stopped first.
                byte[] frame = randomBytes(512 * 1024, 17);
                long sent = sendUntilStopped(worker, frame, 64L * 1024 * 1024);
                assertEquals(1000, worker.timeout(30_000).closeCode(), "the PC's side ends, " + sent + " bytes sent");
                assertEquals(0, agent.next("viewers").getInt("count"));

                Thread.sleep(Duration.ofSeconds(25).toMillis()); // the viewer still reads nothing
                long received = 0;
                viewer.timeout(20_000);
                for (byte[] relayed = viewer.nextBinaryOrNull(); relayed != null; relayed = viewer.nextBinaryOrNull()) {
                    assertArrayEquals(frame, relayed, "whole frames, unchanged");
                    received += relayed.length;
                }
                assertEquals(AgentClient.NO_CLOSE_FRAME, viewer.closeCode(),
                        "cut off, not closed with the frame queued behind 8 MiB (" + viewer.closeReason() + ")");
                assertTrue(received < sent, received + " of " + sent + " bytes reached the viewer");
            }
            endFromThePc(agent);
        }
    }

    @Test
    void anOfflinePcIsReportedAtOnce() throws Exception {
        AgentClient agent = AgentClient.connect();
        try (Console console = activeSession(agent, "Otto Offline")) {
            agent.close();
            console.go("/app/adhoc.xhtml").waitForText("Offline");
            console.connect("DASHBOARD", ACCESS_PASSWORD, false);
            try (AgentClient viewer = AgentClient.connectViewer(OWN_ORIGIN, console.sessionCookie())) {
                viewer.send(join(ticket(console)));
                assertEquals("offline", viewer.next("status").getString("state"));
                assertEquals(1000, viewer.closeCode());
            }
            console.endOpenSession();
        }
    }
}

package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * The server's side of a connection (docs/protocol.md, "Connections") with protocol clients
 * standing in for the viewer page and the PC's worker: tickets, origins, attaching, relaying,
 * chat stamping, viewer counts, and the session outliving its connections. The browser signs
 * in and passes the password prompt for real; its own viewer script is kept from connecting so
 * that the test can present the ticket itself.
 */
class ConnectionRelayIT extends BrowserTest {

    private static final String ACCESS_PASSWORD = "Pc-Access-2026";
    private static final String OWN_ORIGIN = "http://127.0.0.1:8180";
    /** The viewer page's script finds a WebSocket that never connects. */
    private static final String NO_VIEWER_SOCKET = "window.WebSocket = function () { return { send() {}, close() {} }; };";

    /** A technician with an active session whose PC is connected through {@code agent}. */
    private static Console activeSession(AgentClient agent, String technician) throws InterruptedException {
        Console console = Console.open();
        String email = console.signInAsAdmin().addTechnician(technician, true);
        console.signIn(email, Console.TECH_PASSWORD);
        Console.Invitation invitation = console.invite("end-" + UUID.randomUUID() + "@customer.example", ACCESS_PASSWORD);
        assertEquals("activated", agent.activate(invitation.token(), invitation.code()).getString("type"));
        console.beforeEveryPage(NO_VIEWER_SOCKET);
        return console;
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

            String audit = console.signInAsAdmin().go("/app/admin/audit.xhtml").waitForText("Hello from the PC").pageText();
            assertTrue(audit.contains("Chat message") && audit.contains("end user"), audit);
            assertTrue(audit.contains("Connection opened") && audit.contains("Connection closed"), audit);
        }
    }

    @Test
    void aTicketWorksOnceFromThisSiteOnlyAndTheWorkerNeedsItsToken() throws Exception {
        try (AgentClient agent = AgentClient.connect(); Console console = activeSession(agent, "Tilda Ticket")) {
            console.connect("FILE_MANAGER", ACCESS_PASSWORD, false);
            String ticket = ticket(console);
            String cookie = console.sessionCookie();

            assertThrows(CompletionException.class, () -> AgentClient.connectViewer(OWN_ORIGIN, null),
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
        }
    }
}

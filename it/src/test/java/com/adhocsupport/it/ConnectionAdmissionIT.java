package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.junit.jupiter.api.Test;

/**
 * Connections to {@code /ws/agent} and {@code /ws/stream} that never prove themselves, opened
 * the way an attacker would (docs/protocol.md, "Before a connection is admitted"): each attacker
 * has a loopback address of its own (see {@link LoopbackHttp}).
 */
class ConnectionAdmissionIT extends BrowserTest {

    private static final int MIB = 1024 * 1024;
    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final int WAITING_PER_SOURCE = 20;

    @Test
    void twoHundredStreamConnectionsHoldingUnfinishedFramesAreClosedAndTheHeapReturns(
            @ArquillianResource ManagementClient management) throws Exception {
        long baseline = ServerHeap.usedAfterGc(management);
        List<AgentClient> attackers = new ArrayList<>();
        try {
            for (int source = 0; source < 10; source++) {
                for (int i = 0; i < WAITING_PER_SOURCE; i++) {
                    AgentClient ws = AgentClient.open("127.0.0." + (100 + source), "/ws/stream");
                    attackers.add(ws);
                    try {
                        ws.sendHeader(AgentClient.BINARY, false, MIB).sendPayload(new byte[MIB / 2]);
                    } catch (IOException closedAlready) {
                        // the server may close before the half megabyte is written: that is the point
                    }
                }
            }
            long opened = System.nanoTime();
            for (AgentClient ws : attackers) {
                ws.closeCode();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - opened);
            assertTrue(took.compareTo(DEADLINE.plusSeconds(5)) < 0, "all 200 closed, within " + took);
        } finally {
            for (AgentClient ws : attackers) {
                ws.close();
            }
        }
        long after = ServerHeap.usedAfterGc(management);
        System.out.println("server heap after GC: " + baseline / MIB + " MiB before, " + after / MIB + " MiB after");
        assertTrue(after < baseline + 32L * MIB, "the heap returns to its baseline: " + baseline / MIB + " MiB before, "
                + after / MIB + " MiB after");
    }

    @Test
    void aSilentConnectionIsClosedAtTheDeadline() throws Exception {
        try (AgentClient agent = AgentClient.open("127.0.0.120", "/ws/agent");
                AgentClient stream = AgentClient.open("127.0.0.120", "/ws/stream")) {
            long start = System.nanoTime();
            assertEquals(1008, agent.closeCode());
            assertEquals(1008, stream.closeCode());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(DEADLINE.minusSeconds(1)) > 0 && took.compareTo(DEADLINE.plusSeconds(5)) < 0,
                    "closed after " + took);
        }
    }

    @Test
    void aSixteenMegabyteMessageToTheAgentEndpointIsRefusedAtItsFirstBytes() throws Exception {
        try (AgentClient binary = AgentClient.open("127.0.0.121", "/ws/agent");
                AgentClient text = AgentClient.open("127.0.0.121", "/ws/agent")) {
            // Sent from other threads: the server closes long before the last byte, and no one reads our side.
            CompletableFuture.runAsync(() -> sendSixteenMegabytes(binary, AgentClient.BINARY));
            assertEquals(1003, binary.closeCode(), "binary messages are not part of the agent's protocol");
            CompletableFuture.runAsync(() -> sendSixteenMegabytes(text, AgentClient.TEXT));
            assertEquals(1009, text.closeCode(), "a text message past the unadmitted limit");
        }
    }

    @Test
    void aFloodOfUnauthenticatedMessagesIsCutOff() throws Exception {
        try (AgentClient agent = AgentClient.open("127.0.0.122", "/ws/agent")) {
            try {
                for (int i = 0; i < 1000; i++) {
                    agent.send("{\"type\":\"nonsense\"}");
                }
            } catch (IOException closed) {
                // closed by the server mid-flood
            }
            int answers = 0;
            while (agent.nextText() != null) {
                answers++;
            }
            assertEquals(1008, agent.closeCode());
            assertTrue(answers <= 20, answers + " answers to unauthenticated messages");
        }
        String lastAnswer = null;
        for (int i = 0; i < 8 && lastAnswer == null; i++) {
            try (AgentClient agent = AgentClient.open("127.0.0.123", "/ws/agent")) {
                for (int m = 0; m < 20; m++) {
                    agent.send("{\"type\":\"nonsense\"}");
                }
                for (int m = 0; m < 20 && lastAnswer == null; m++) {
                    if (agent.nextText() == null) {
                        lastAnswer = "closed " + agent.closeCode();
                    }
                }
            }
        }
        assertEquals("closed 1013", lastAnswer, "the address is told to come back later after 120 messages in a minute");
    }

    /** The close codes of the connections the server has closed, each given 200 ms to show it. */
    private static List<Integer> closedAtOnce(List<AgentClient> connections) throws IOException {
        List<Integer> codes = new ArrayList<>();
        for (AgentClient connection : connections) {
            try {
                codes.add(connection.timeout(200).closeCode());
            } catch (AssertionError keptOpen) {
                // still waiting for admission, as it may
            }
        }
        return codes;
    }

    @Test
    void handshakesAndWaitingConnectionsPerAddressAreCapped() throws Exception {
        for (int i = 0; i < 120; i++) {
            AgentClient.open("127.0.0.124", "/ws/agent").close();
        }
        try (AgentClient tooMany = AgentClient.open("127.0.0.124", "/ws/agent")) {
            assertNull(tooMany.nextText());
            assertEquals(1013, tooMany.closeCode(), "the 121st handshake in a minute is told to retry later");
            assertTrue(tooMany.closeReason().startsWith("too many connections from this address: retry in "), tooMany.closeReason());
        }

        List<AgentClient> waiting = new ArrayList<>();
        try {
            for (int i = 0; i <= WAITING_PER_SOURCE; i++) {  // one more than may wait
                waiting.add(AgentClient.open("127.0.0.125", "/ws/stream"));
            }
            // The server may run the connections' opening handlers out of order (the handshake is
            // answered first), so which one is refused is not fixed: exactly one, told to retry
            // (1013) long before the deadline, which closes with 1008.
            assertEquals(List.of(1013), closedAtOnce(waiting), "one connection over the bound, refused at once");
            try (AgentClient elsewhere = AgentClient.open("127.0.0.126", "/ws/stream")) {
                elsewhere.send("{\"type\":\"attach\",\"channel\":\"none\",\"token\":\"none\"}");
                assertEquals(1008, elsewhere.closeCode(), "another address is still served");
            }
        } finally {
            for (AgentClient ws : waiting) {
                ws.close();
            }
        }
    }

    private static void sendSixteenMegabytes(AgentClient ws, int opcode) {
        try {
            ws.sendHeader(opcode, true, 16L * MIB);
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < 256; i++) {
                ws.sendPayload(chunk);
            }
        } catch (IOException refused) {
            // the server closed the connection long before the end: expected
        }
    }
}

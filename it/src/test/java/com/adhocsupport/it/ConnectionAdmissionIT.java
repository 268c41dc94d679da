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
        List<LoopbackWebSocket> attackers = new ArrayList<>();
        try {
            for (int source = 0; source < 10; source++) {
                for (int i = 0; i < WAITING_PER_SOURCE; i++) {
                    LoopbackWebSocket ws = LoopbackWebSocket.open("127.0.0." + (100 + source), "/ws/stream");
                    attackers.add(ws);
                    try {
                        ws.sendHeader(LoopbackWebSocket.BINARY, false, MIB).sendPayload(new byte[MIB / 2]);
                    } catch (IOException closedAlready) {
                        // the server may close before the half megabyte is written: that is the point
                    }
                }
            }
            long opened = System.nanoTime();
            for (LoopbackWebSocket ws : attackers) {
                ws.awaitClose();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - opened);
            assertTrue(took.compareTo(DEADLINE.plusSeconds(5)) < 0, "all 200 closed, within " + took);
        } finally {
            for (LoopbackWebSocket ws : attackers) {
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
        try (LoopbackWebSocket agent = LoopbackWebSocket.open("127.0.0.120", "/ws/agent");
                LoopbackWebSocket stream = LoopbackWebSocket.open("127.0.0.120", "/ws/stream")) {
            long start = System.nanoTime();
            assertEquals(1008, agent.awaitClose());
            assertEquals(1008, stream.awaitClose());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(DEADLINE.minusSeconds(1)) > 0 && took.compareTo(DEADLINE.plusSeconds(5)) < 0,
                    "closed after " + took);
        }
    }

    @Test
    void aSixteenMegabyteMessageToTheAgentEndpointIsRefusedAtItsFirstBytes() throws Exception {
        try (LoopbackWebSocket binary = LoopbackWebSocket.open("127.0.0.121", "/ws/agent");
                LoopbackWebSocket text = LoopbackWebSocket.open("127.0.0.121", "/ws/agent")) {
            // Sent from other threads: the server closes long before the last byte, and no one reads our side.
            CompletableFuture.runAsync(() -> sendSixteenMegabytes(binary, LoopbackWebSocket.BINARY));
            assertEquals(1003, binary.awaitClose(), "binary messages are not part of the agent's protocol");
            CompletableFuture.runAsync(() -> sendSixteenMegabytes(text, LoopbackWebSocket.TEXT));
            assertEquals(1009, text.awaitClose(), "a text message past the unadmitted limit");
        }
    }

    @Test
    void aFloodOfUnauthenticatedMessagesIsCutOff() throws Exception {
        try (LoopbackWebSocket agent = LoopbackWebSocket.open("127.0.0.122", "/ws/agent")) {
            try {
                for (int i = 0; i < 1000; i++) {
                    agent.sendText("{\"type\":\"nonsense\"}");
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
            try (LoopbackWebSocket agent = LoopbackWebSocket.open("127.0.0.123", "/ws/agent")) {
                for (int m = 0; m < 20; m++) {
                    agent.sendText("{\"type\":\"nonsense\"}");
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

    @Test
    void handshakesAndWaitingConnectionsPerAddressAreCapped() throws Exception {
        for (int i = 0; i < 120; i++) {
            LoopbackWebSocket.open("127.0.0.124", "/ws/agent").close();
        }
        try (LoopbackWebSocket tooMany = LoopbackWebSocket.open("127.0.0.124", "/ws/agent")) {
            assertNull(tooMany.nextText());
            assertEquals(1013, tooMany.closeCode(), "the 121st handshake in a minute is told to retry later");
            assertTrue(tooMany.closeReason().startsWith("too many connections from this address: retry in "), tooMany.closeReason());
        }

        List<LoopbackWebSocket> waiting = new ArrayList<>();
        try {
            for (int i = 0; i < WAITING_PER_SOURCE; i++) {
                waiting.add(LoopbackWebSocket.open("127.0.0.125", "/ws/stream"));
            }
            try (LoopbackWebSocket oneMore = LoopbackWebSocket.open("127.0.0.125", "/ws/stream")) {
                assertEquals(1013, oneMore.timeout(3000).awaitClose(), "at once, not at the deadline");
            }
            try (LoopbackWebSocket elsewhere = LoopbackWebSocket.open("127.0.0.126", "/ws/stream")) {
                elsewhere.sendText("{\"type\":\"attach\",\"channel\":\"none\",\"token\":\"none\"}");
                assertEquals(1008, elsewhere.awaitClose(), "another address is still served");
            }
        } finally {
            for (LoopbackWebSocket ws : waiting) {
                ws.close();
            }
        }
    }

    private static void sendSixteenMegabytes(LoopbackWebSocket ws, int opcode) {
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

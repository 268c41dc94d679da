package com.adhocsupport.interfaces.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adhocsupport.application.RecordingService;
import com.adhocsupport.domain.session.Feature;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class RecorderTest {

    private static final String SCREEN = "{\"type\":\"screen\",\"width\":64,\"height\":48,\"monitor\":1,\"monitors\":[]}";

    record Stored(boolean keyframe, boolean afterGap, List<String> events) {
    }

    /** The store as the writer sees it; {@code failing} refuses the next chunks. */
    static final class Store extends RecordingService {
        final List<Stored> chunks = new ArrayList<>();
        boolean failing;
        Boolean finishedLost;

        @Override
        public void append(long recordingId, long atMillis, boolean keyframe, boolean afterGap, byte[] events) {
            if (failing) {
                throw new IllegalStateException("database down");
            }
            chunks.add(new Stored(keyframe, afterGap, read(events)));
        }

        @Override
        public void finish(long recordingId, boolean lost) {
            finishedLost = lost;
        }
    }

    /** "kind:text" for each event (binary frames as their length). */
    static List<String> read(byte[] events) {
        List<String> read = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(events).order(ByteOrder.LITTLE_ENDIAN);
        while (in.hasRemaining()) {
            int kind = in.get();
            in.getInt();
            byte[] bytes = new byte[in.getInt()];
            in.get(bytes);
            read.add(kind + ":" + (kind == 2 ? bytes.length + " bytes" : new String(bytes, StandardCharsets.UTF_8)));
        }
        return read;
    }

    private final Store store = new Store();
    /** Runs what is queued only when the test says so, as a busy database would. */
    private final List<Runnable> queued = new ArrayList<>();
    private final Executor later = queued::add;

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
    }

    private Recorder recorder(Feature feature) {
        return new Recorder(new ChunkWriter(1, store, Runnable::run, ChunkWriter.MAX_PENDING_BYTES), feature);
    }

    private Recorder screenRecorder() {
        return recorder(Feature.REMOTE_CONTROL);
    }

    @Test
    void keepsWhatPassesButClipboardTextAndAcks() {
        Recorder recorder = screenRecorder();
        recorder.fromPc(SCREEN);
        recorder.fromPc(ByteBuffer.wrap(new byte[] {0x02, 1, 0, 0, 0}));
        recorder.fromTechnician("{\"type\":\"ack\",\"seq\":1}");
        recorder.fromTechnician("{\"type\":\"mouse\",\"x\":1,\"y\":2,\"buttons\":0}");
        recorder.fromTechnician("{\"type\":\"clipboard\",\"text\":\"secret password\"}");
        recorder.fromPc("{\"type\":\"clipboard\",\"text\":\"abc\"}");
        recorder.close();
        assertEquals(1, store.chunks.size());
        assertTrue(store.chunks.get(0).keyframe(), "a chunk that starts with screen is a keyframe");
        assertEquals(List.of("1:" + SCREEN, "2:5 bytes", "3:{\"type\":\"mouse\",\"x\":1,\"y\":2,\"buttons\":0}",
                "3:{\"type\":\"clipboard\",\"chars\":15}", "1:{\"type\":\"clipboard\",\"chars\":3}"), store.chunks.get(0).events());
        assertEquals(false, store.finishedLost);
    }

    @Test
    void ofFileManagerKeepsTheOperationsAndOutcomesButNoFileDataOrListing() {
        Recorder recorder = recorder(Feature.FILE_MANAGER);
        recorder.fromTechnician("{\"type\":\"list\",\"id\":1,\"path\":\"C:\\\\Users\"}");
        recorder.fromPc("{\"type\":\"list\",\"id\":1,\"path\":\"C:\\\\Users\",\"entries\":[{\"name\":\"secret.txt\"}]}");
        recorder.fromTechnician("{\"type\":\"download\",\"id\":2,\"path\":\"C:\\\\a.txt\"}");
        recorder.fromPc("{\"type\":\"downloadStart\",\"id\":2,\"name\":\"a.txt\",\"size\":3}");
        recorder.fromPc(ByteBuffer.wrap(new byte[] {0x04, 2, 0, 0, 0, 'a', 'b', 'c'}));
        recorder.fromTechnician("{\"type\":\"ack\",\"id\":2,\"bytes\":3}");
        recorder.fromPc("{\"type\":\"downloadEnd\",\"id\":2}");
        recorder.fromTechnician("{\"type\":\"delete\",\"id\":3,\"path\":\"C:\\\\b\"}");
        recorder.fromPc("{\"type\":\"failed\",\"id\":3,\"code\":\"ACCESS_DENIED\",\"message\":\"no\"}");
        recorder.fromPc("{\"type\":\"screen\",\"width\":64,\"height\":48}");
        recorder.close();
        assertEquals(List.of("3:{\"type\":\"list\",\"id\":1,\"path\":\"C:\\\\Users\"}",
                "3:{\"type\":\"download\",\"id\":2,\"path\":\"C:\\\\a.txt\"}",
                "1:{\"type\":\"downloadStart\",\"id\":2,\"name\":\"a.txt\",\"size\":3}",
                "1:{\"type\":\"downloadEnd\",\"id\":2}",
                "3:{\"type\":\"delete\",\"id\":3,\"path\":\"C:\\\\b\"}",
                "1:{\"type\":\"failed\",\"id\":3,\"code\":\"ACCESS_DENIED\",\"message\":\"no\"}"),
                store.chunks.get(0).events());
        assertEquals(Optional.empty(), recorder.keyframeRequest(), "no screen, no keyframes");
    }

    @Test
    void ofDashboardKeepsTheActionsAndTheirOutcomesButNotTheFacts() {
        Recorder recorder = recorder(Feature.DASHBOARD);
        recorder.fromTechnician("{\"type\":\"processes\",\"id\":1}");
        recorder.fromPc("{\"type\":\"processes\",\"id\":1,\"processes\":[{\"pid\":4,\"name\":\"System\",\"memory\":1}]}");
        recorder.fromTechnician("{\"type\":\"service\",\"id\":2,\"name\":\"Spooler\",\"action\":\"stop\"}");
        recorder.fromPc("{\"type\":\"done\",\"id\":2}");
        recorder.close();
        assertEquals(List.of("3:{\"type\":\"processes\",\"id\":1}",
                "3:{\"type\":\"service\",\"id\":2,\"name\":\"Spooler\",\"action\":\"stop\"}", "1:{\"type\":\"done\",\"id\":2}"),
                store.chunks.get(0).events());
    }

    @Test
    void everyScreenStartsAKeyframeChunk() {
        Recorder recorder = screenRecorder();
        recorder.fromPc("{\"type\":\"cursor\",\"x\":1,\"y\":1}");
        recorder.fromPc(SCREEN);
        recorder.close();
        assertEquals(List.of(false, true), store.chunks.stream().map(Stored::keyframe).toList());
    }

    @Test
    void asksForAKeyframeOnTheShownMonitorOnceTheScreenChangedEnoughUnlessTheTechnicianIsChoosingOne() {
        Recorder recorder = screenRecorder();
        assertEquals(Optional.empty(), recorder.keyframeRequest(), "nothing to ask before the first screen");
        recorder.fromPc(SCREEN);
        recorder.fromPc(ByteBuffer.wrap(new byte[100_000]));                     // the full frame: a rect...
        recorder.fromPc(ByteBuffer.wrap(new byte[] {0x02, 1, 0, 0, 0}));        // ...and its end
        assertEquals(Optional.empty(), recorder.keyframeRequest(), "a still screen needs no other keyframe");
        recorder.fromPc(ByteBuffer.wrap(new byte[150_000]));
        assertEquals(Optional.empty(), recorder.keyframeRequest(), "changes smaller than twice the full frame: replaying them is quick");
        recorder.fromPc(ByteBuffer.wrap(new byte[60_000]));
        assertEquals(Optional.of("{\"type\":\"monitor\",\"index\":1}"), recorder.keyframeRequest());
        recorder.fromTechnician("{\"type\":\"monitor\",\"index\":0}");
        assertEquals(Optional.empty(), recorder.keyframeRequest(), "the technician's choice is on its way");
        recorder.fromPc(SCREEN.replace("\"monitor\":1", "\"monitor\":0"));
        recorder.fromPc(ByteBuffer.wrap(new byte[] {0x02, 2, 0, 0, 0}));
        assertEquals(Optional.empty(), recorder.keyframeRequest(), "a new keyframe starts the count again");
        recorder.fromPc(ByteBuffer.wrap(new byte[2 * Recorder.MIN_KEYFRAME_BYTES]));
        assertEquals(Optional.of("{\"type\":\"monitor\",\"index\":0}"), recorder.keyframeRequest(),
                "a small full frame still lets some changes pass before the next keyframe");
    }

    @Test
    void aFullFrameSentInBundlesEndsWithTheBundleThatCarriesItsEnd() {
        Recorder recorder = screenRecorder();
        recorder.fromPc(SCREEN);
        recorder.fromPc(bundle(new byte[60_000]));                                      // rects past the 1 MiB limit...
        recorder.fromPc(ByteBuffer.wrap(new byte[] {0x06, 9, 0x02, 1, 0, 0, 0}));      // a length past the end: no end
        recorder.fromPc(ByteBuffer.wrap(new byte[] {0x06, 5, 0x02, 1, 0, 0, 0, (byte) 0x85})); // a length cut short: no end
        recorder.fromPc(bundle(new byte[40_000], new byte[] {0x02, 1, 0, 0, 0}));       // ...the rest and the end
        recorder.fromPc(ByteBuffer.wrap(new byte[150_000]));
        assertEquals(Optional.empty(), recorder.keyframeRequest(), "changes smaller than twice the full frame");
        recorder.fromPc(ByteBuffer.wrap(new byte[60_000]));
        assertEquals(Optional.of("{\"type\":\"monitor\",\"index\":1}"), recorder.keyframeRequest());
    }

    @Test
    void anAgentFromBeforeVarintBundlesStillEndsItsFullFrame() {
        Recorder recorder = screenRecorder();
        recorder.fromPc(SCREEN);
        recorder.fromPc(ByteBuffer.wrap(new byte[] {0x05, 9, 0, 0, 0, 0x02, 1, 0, 0, 0})); // a length past the end: no end
        ByteBuffer rectAndEnd = ByteBuffer.allocate(1 + 4 + 60_000 + 4 + 5).order(ByteOrder.LITTLE_ENDIAN);
        rectAndEnd.put((byte) 0x05).putInt(60_000).put(new byte[60_000]).putInt(5).put(new byte[] {0x02, 1, 0, 0, 0});
        recorder.fromPc(rectAndEnd.flip());
        recorder.fromPc(ByteBuffer.wrap(new byte[100_000]));
        assertEquals(Optional.empty(), recorder.keyframeRequest(), "changes smaller than twice the full frame");
        recorder.fromPc(ByteBuffer.wrap(new byte[40_000]));
        assertEquals(Optional.of("{\"type\":\"monitor\",\"index\":1}"), recorder.keyframeRequest());
    }

    /** A bundle (docs/protocol.md, kind 0x06) of these frames, each after its varint length. */
    private static ByteBuffer bundle(byte[]... frames) {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        message.write(0x06);
        for (byte[] frame : frames) {
            int length = frame.length;
            for (; length >= 0x80; length >>>= 7) {
                message.write(length & 0x7F | 0x80);
            }
            message.write(length);
            message.writeBytes(frame);
        }
        return ByteBuffer.wrap(message.toByteArray());
    }

    @Test
    void aFullBufferLosesAChunkNeverWaitsAndMarksWhere() {
        ChunkWriter writer = new ChunkWriter(1, store, later, 300_000);
        Recorder recorder = new Recorder(writer, Feature.REMOTE_CONTROL);
        recorder.fromPc(SCREEN);
        recorder.fromPc(ByteBuffer.wrap(new byte[200_000]));
        recorder.fromPc(ByteBuffer.wrap(new byte[200_000]));   // the first chunk goes to the writer
        recorder.fromPc(SCREEN);                                // the second does not fit: lost
        recorder.fromPc("{\"type\":\"cursor\",\"x\":1,\"y\":1}");
        runQueued();
        recorder.close();
        runQueued();
        assertEquals(2, store.chunks.size());
        assertFalse(store.chunks.get(0).afterGap());
        assertTrue(store.chunks.get(1).afterGap());
        assertEquals("4:", store.chunks.get(1).events().get(0), "the chunk after the loss starts with a gap");
    }

    @Test
    void aChunkTheStoreRefusesIsMarkedInTheNextOrAtTheEnd() {
        Recorder recorder = screenRecorder();
        store.failing = true;
        recorder.fromPc(SCREEN);
        recorder.fromPc("{\"type\":\"cursor\",\"x\":1,\"y\":1}");
        recorder.fromPc(SCREEN);   // stores the first chunk: refused
        store.failing = false;
        recorder.fromPc(SCREEN);   // stores the second: marked
        assertTrue(store.chunks.get(0).afterGap());
        store.failing = true;
        recorder.close();          // the last one is refused too
        assertEquals(true, store.finishedLost, "the recording is incomplete at its end");
    }
}

package com.adhocsupport.interfaces.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adhocsupport.application.RecordingService;
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

    @Test
    void keepsWhatPassesButClipboardTextAndAcks() {
        Recorder recorder = new Recorder(new ChunkWriter(1, store, Runnable::run, ChunkWriter.MAX_PENDING_BYTES));
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
    void everyScreenStartsAKeyframeChunk() {
        Recorder recorder = new Recorder(new ChunkWriter(1, store, Runnable::run, ChunkWriter.MAX_PENDING_BYTES));
        recorder.fromPc("{\"type\":\"cursor\",\"x\":1,\"y\":1}");
        recorder.fromPc(SCREEN);
        recorder.close();
        assertEquals(List.of(false, true), store.chunks.stream().map(Stored::keyframe).toList());
    }

    @Test
    void asksForAKeyframeOnTheShownMonitorUnlessTheTechnicianIsChoosingOne() {
        Recorder recorder = new Recorder(new ChunkWriter(1, store, Runnable::run, ChunkWriter.MAX_PENDING_BYTES));
        assertEquals(Optional.empty(), recorder.keyframeRequest(), "nothing to ask before the first screen");
        recorder.fromPc(SCREEN);
        assertEquals(Optional.of("{\"type\":\"monitor\",\"index\":1}"), recorder.keyframeRequest());
        recorder.fromTechnician("{\"type\":\"monitor\",\"index\":0}");
        assertEquals(Optional.empty(), recorder.keyframeRequest(), "the technician's choice is on its way");
        recorder.fromPc(SCREEN.replace("\"monitor\":1", "\"monitor\":0"));
        assertEquals(Optional.of("{\"type\":\"monitor\",\"index\":0}"), recorder.keyframeRequest());
    }

    @Test
    void aFullBufferLosesAChunkNeverWaitsAndMarksWhere() {
        ChunkWriter writer = new ChunkWriter(1, store, later, 300_000);
        Recorder recorder = new Recorder(writer);
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
        Recorder recorder = new Recorder(new ChunkWriter(1, store, Runnable::run, ChunkWriter.MAX_PENDING_BYTES));
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

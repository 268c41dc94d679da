package com.adhocsupport.interfaces.agent;

import com.adhocsupport.domain.session.Feature;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;

/**
 * Records a connection as the relay forwards it (docs/protocol.md, "Recordings"). Of Remote
 * Control: the PC's frames, the technician's input, the stamped chat, and of clipboard transfers
 * only their size. Of File Manager and Dashboard: the technician's requests and the PC's outcomes
 * (done, failed, a download's size) and the chat; no file data, listing or system facts. Events
 * gather into chunks of at most {@value #CHUNK_BYTES} bytes or
 * {@value #CHUNK_MILLIS} ms; the PC's {@code screen} message, after which a full frame follows,
 * starts a keyframe chunk, and {@link #keyframeRequest} asks the worker for one once the screen
 * has changed enough since the last, so that playback can seek without replaying much and a still
 * screen costs nothing. The relay's threads only append to memory here; {@link ChunkWriter}
 * stores.
 */
final class Recorder {

    /** How often the relay looks whether a keyframe is due. */
    static final Duration KEYFRAME_INTERVAL = Duration.ofSeconds(15);
    /**
     * A keyframe is due once the PC has sent, since the last one, this many times the bytes of that
     * keyframe's full frame (at least {@value #MIN_KEYFRAME_BYTES}): seeking then replays at most
     * about that much after the keyframe.
     */
    static final int KEYFRAME_AFTER = 2;
    static final int MIN_KEYFRAME_BYTES = 64 * 1024;
    private static final byte FRAME_END = 0x02;
    /** A bundle of frames, each after its length as a LEB128 varint (what the agent sends). */
    private static final byte BUNDLE = 0x06;
    /** A bundle whose lengths are u32s, as agents sent before 0x06 (one may still be installed when the server is upgraded). */
    private static final byte BUNDLE_U32 = 0x05;
    static final int CHUNK_BYTES = 256 * 1024;
    static final long CHUNK_MILLIS = 5_000;

    /** The PC's answers kept of a connection without a screen; the rest (listings, file data) is left out. */
    private static final Set<String> OUTCOMES = Set.of("done", "failed", "downloadStart", "downloadEnd", "error", "chat");

    private final ChunkWriter writer;
    private final boolean keepsScreen;
    private final long startNanos = System.nanoTime();
    private ByteArrayOutputStream chunk = new ByteArrayOutputStream();
    private long chunkAt;
    private boolean chunkIsKeyframe;
    private int shownMonitor = -1;
    /** The bytes of the full frame that followed the last {@code screen} (counted up to its frame end). */
    private long keyframeBytes;
    private boolean keyframeComplete;
    /** The bytes the PC sent after that full frame. */
    private long bytesSinceKeyframe;
    private boolean technicianChoseMonitor;
    private ScheduledFuture<?> keyframes;

    Recorder(ChunkWriter writer, Feature feature) {
        this.writer = writer;
        this.keepsScreen = feature == Feature.REMOTE_CONTROL;
    }

    /** Whether this recording keeps the screen (Remote Control), and so has keyframes. */
    boolean keepsScreen() {
        return keepsScreen;
    }

    synchronized void fromPc(String text) {
        if (!keepsScreen) {
            AgentMessages.parse(text).filter(m -> OUTCOMES.contains(m.getString("type", "")))
                    .ifPresent(m -> add(RecordedEvent.PC_TEXT, text));
            return;
        }
        Optional<JsonObject> message = parseIfNeeded(text);
        String type = message.map(m -> m.getString("type", "")).orElse("");
        if ("screen".equals(type)) {
            flush();
            chunkIsKeyframe = true;
            shownMonitor = message.get().getInt("monitor", 0);
            technicianChoseMonitor = false;
            keyframeBytes = 0;
            keyframeComplete = false;
            bytesSinceKeyframe = 0;
        }
        add(RecordedEvent.PC_TEXT, "clipboard".equals(type) ? clipboardSize(message.get()) : text);
    }

    synchronized void fromPc(ByteBuffer frame) {
        if (!keepsScreen) {
            return;
        }
        byte[] bytes = new byte[frame.remaining()];
        frame.duplicate().get(bytes);
        if (keyframeComplete) {
            bytesSinceKeyframe += bytes.length;
        } else {
            keyframeBytes += bytes.length;
            keyframeComplete = endsFrame(bytes);
        }
        add(RecordedEvent.PC_BINARY, bytes);
    }

    /** Whether a message from the PC is a frame end, or a bundle whose last frame is one. */
    private static boolean endsFrame(byte[] message) {
        if (message.length == 0) {
            return false;
        }
        if (message[0] != BUNDLE && message[0] != BUNDLE_U32) {
            return message[0] == FRAME_END;
        }
        ByteBuffer frames = ByteBuffer.wrap(message, 1, message.length - 1).order(ByteOrder.LITTLE_ENDIAN);
        byte lastKind = 0;
        while (frames.hasRemaining()) {
            int length = message[0] == BUNDLE ? varint(frames) : u32(frames);
            if (length <= 0 || length > frames.remaining()) {
                return false;
            }
            lastKind = frames.get(frames.position());
            frames.position(frames.position() + length);
        }
        return lastKind == FRAME_END;
    }

    /** The u32 at the buffer's position (negative past 2^31), or -1 when cut short. */
    private static int u32(ByteBuffer bytes) {
        return bytes.remaining() >= Integer.BYTES ? bytes.getInt() : -1;
    }

    /** The LEB128 varint at the buffer's position (at most 4 bytes: a message is under 2^28), or -1 when cut short. */
    private static int varint(ByteBuffer bytes) {
        int value = 0;
        for (int shift = 0; shift < 28 && bytes.hasRemaining(); shift += 7) {
            int b = bytes.get();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        return -1;
    }

    synchronized void fromTechnician(String text) {
        Optional<JsonObject> message = parseIfNeeded(text);
        String type = message.map(m -> m.getString("type", "")).orElse("");
        if ("ack".equals(type)) {
            return;
        }
        if ("monitor".equals(type)) {
            technicianChoseMonitor = true;
        }
        add(RecordedEvent.TECHNICIAN_TEXT, "clipboard".equals(type) ? clipboardSize(message.get()) : text);
    }

    /**
     * The message that makes the worker send {@code screen} and a full frame again: the monitor it
     * shows, chosen once more. Empty until the screen has changed enough since the last keyframe
     * ({@link #KEYFRAME_AFTER}), before the first {@code screen}, and while the technician's own
     * choice of monitor is on its way (asking then could undo it).
     */
    synchronized Optional<String> keyframeRequest() {
        if (shownMonitor < 0 || technicianChoseMonitor
                || bytesSinceKeyframe < KEYFRAME_AFTER * Math.max(keyframeBytes, MIN_KEYFRAME_BYTES)) {
            return Optional.empty();
        }
        return Optional.of(AgentMessages.message("monitor").add("index", shownMonitor).build().toString());
    }

    synchronized void repeatKeyframes(ScheduledFuture<?> schedule) {
        keyframes = schedule;
    }

    /** The connection closed: the last chunk is stored and the recording closed. */
    synchronized void close() {
        if (keyframes != null) {
            keyframes.cancel(false);
        }
        flush();
        writer.finish();
    }

    private void add(RecordedEvent kind, String text) {
        add(kind, text.getBytes(StandardCharsets.UTF_8));
    }

    private void add(RecordedEvent kind, byte[] bytes) {
        long now = (System.nanoTime() - startNanos) / 1_000_000;
        if (chunk.size() > 0 && (chunk.size() + bytes.length > CHUNK_BYTES || now - chunkAt > CHUNK_MILLIS)) {
            flush();
        }
        if (chunk.size() == 0) {
            chunkAt = now;
        }
        kind.write(chunk, now, bytes);
    }

    private void flush() {
        if (chunk.size() > 0) {
            writer.submit(chunkAt, chunkIsKeyframe, chunk.toByteArray());
            chunk = new ByteArrayOutputStream();
        }
        chunkIsKeyframe = false;
    }

    /** Only the few messages the recorder changes or watches are parsed; input and pointer moves pass as they are. */
    private static Optional<JsonObject> parseIfNeeded(String text) {
        if (!text.contains("\"clipboard\"") && !text.contains("\"screen\"") && !text.contains("\"ack\"")
                && !text.contains("\"monitor\"")) {
            return Optional.empty();
        }
        return AgentMessages.parse(text);
    }

    private static String clipboardSize(JsonObject clipboard) {
        String text = AgentMessages.text(clipboard, "text");
        return AgentMessages.message("clipboard").add("chars", text == null ? 0 : text.length()).build().toString();
    }
}

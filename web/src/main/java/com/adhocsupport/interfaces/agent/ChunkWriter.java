package com.adhocsupport.interfaces.agent;

import com.adhocsupport.application.RecordingService;
import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stores a recording's chunks in order on another thread, so the relay never waits for the
 * database. At most {@value #MAX_PENDING_BYTES} bytes wait; a chunk that does not fit, or that
 * the store refuses, is lost, and the next chunk stored starts with a {@link RecordedEvent#GAP}
 * event at its time: the recording says where it is incomplete.
 */
final class ChunkWriter {

    static final long MAX_PENDING_BYTES = 16L * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(ChunkWriter.class.getName());

    /** A chunk waiting to be stored; {@code afterGap}: the chunk before it was lost. */
    private static final class Pending {
        final long atMillis;
        final boolean keyframe;
        final byte[] events;
        boolean afterGap;

        Pending(long atMillis, boolean keyframe, byte[] events, boolean afterGap) {
            this.atMillis = atMillis;
            this.keyframe = keyframe;
            this.events = events;
            this.afterGap = afterGap;
        }
    }

    private final long recordingId;
    private final RecordingService store;
    private final Executor executor;
    private final long maxPendingBytes;
    private final Deque<Pending> queue = new ArrayDeque<>();
    private long pendingBytes;
    private boolean writing;
    private boolean lostSinceLast;
    private boolean finished;

    ChunkWriter(long recordingId, RecordingService store, Executor executor, long maxPendingBytes) {
        this.recordingId = recordingId;
        this.store = store;
        this.executor = executor;
        this.maxPendingBytes = maxPendingBytes;
    }

    /** Queues a chunk, or loses it when the queue is full; never blocks. */
    synchronized void submit(long atMillis, boolean keyframe, byte[] events) {
        if (finished) {
            return;
        }
        if (pendingBytes + events.length > maxPendingBytes) {
            lostSinceLast = true;
            LOG.warning(() -> "Recording " + recordingId + ": the store is behind by " + pendingBytes + " bytes; a chunk is lost");
            return;
        }
        queue.add(new Pending(atMillis, keyframe, events, lostSinceLast));
        lostSinceLast = false;
        pendingBytes += events.length;
        startWriting();
    }

    /** No more chunks: once the queued ones are stored, the recording is closed. */
    synchronized void finish() {
        finished = true;
        startWriting();
    }

    private void startWriting() {
        if (!writing) {
            writing = true;
            executor.execute(this::writeAll);
        }
    }

    private void writeAll() {
        while (true) {
            Pending next;
            boolean closeNow;
            synchronized (this) {
                next = queue.poll();
                closeNow = next == null && finished;
                if (next == null) {
                    writing = false;
                }
            }
            if (next == null) {
                if (closeNow) {
                    close();
                }
                return;
            }
            write(next);
        }
    }

    private void write(Pending chunk) {
        try {
            store.append(recordingId, chunk.atMillis, chunk.keyframe, chunk.afterGap, withGapMark(chunk));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Recording " + recordingId + ": a chunk could not be stored; the recording is incomplete", e);
            synchronized (this) {
                Pending following = queue.peek();
                if (following != null) {
                    following.afterGap = true;
                } else {
                    lostSinceLast = true;
                }
            }
        } finally {
            synchronized (this) {
                pendingBytes -= chunk.events.length;
            }
        }
    }

    private static byte[] withGapMark(Pending chunk) {
        if (!chunk.afterGap) {
            return chunk.events;
        }
        ByteArrayOutputStream marked = new ByteArrayOutputStream(RecordedEvent.HEADER + chunk.events.length);
        RecordedEvent.GAP.write(marked, chunk.atMillis, new byte[0]);
        marked.writeBytes(chunk.events);
        return marked.toByteArray();
    }

    private void close() {
        boolean lost;
        synchronized (this) {
            lost = lostSinceLast;
        }
        try {
            store.finish(recordingId, lost);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Recording " + recordingId + " could not be closed", e);
        }
    }
}

package com.adhocsupport.benchmark;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One Remote Control connection through the server: the PC's worker plays the recording at
 * 30 screen updates per second with the protocol's flow control (at most 2 updates
 * unacknowledged; a tick that finds 2 outstanding is skipped, as the real worker merges
 * changes), and the viewer acknowledges every frame end and measures how long each message
 * took from the worker's send to its last byte at the viewer. Both ends live in this JVM, so
 * System.nanoTime is one clock.
 */
final class StreamPair {

    static final int FPS = 30;
    private static final int MAX_UNACKED = 2;
    private static final int SEQ_SLOTS = 1 << 16;
    private static final byte[] JPEG = new byte[FrameRecording.MAX_RECT + FrameRecording.RECT_HEADER];

    static {
        new java.util.Random(7).nextBytes(JPEG);
    }

    private final ProtocolSocket worker;
    private final ProtocolSocket viewer;
    private final FrameRecording recording;
    private final long[] frameEndSent = new long[SEQ_SLOTS];
    private final AtomicInteger unacked = new AtomicInteger();
    private long nextFrame;
    private int seq;
    private ScheduledFuture<?> ticks;

    final Latencies rectLatency = new Latencies();
    final Latencies frameEndLatency = new Latencies();
    final AtomicLong framesDelivered = new AtomicLong();
    final AtomicLong bytesDelivered = new AtomicLong();
    final AtomicLong ticksSkipped = new AtomicLong();
    /** Binary messages, and their bytes, the viewer received over the connection's whole life (what a recording keeps of the PC). */
    final AtomicLong messagesInAll = new AtomicLong();
    final AtomicLong bytesInAll = new AtomicLong();
    private volatile long measuringSince = Long.MAX_VALUE;

    // The viewer's reassembly of the message being received (its listener runs one part at a time).
    private final byte[] header = new byte[FrameRecording.RECT_HEADER + 8];
    private int headerFill;
    private long messageBytes;

    StreamPair(ProtocolSocket worker, ProtocolSocket viewer, FrameRecording recording, long firstFrame) {
        this.worker = worker;
        this.viewer = viewer;
        this.recording = recording;
        this.nextFrame = firstFrame;
        Arrays.fill(frameEndSent, Long.MIN_VALUE);
        worker.onText(message -> {
            if ("ack".equals(message.getString("type", ""))) {
                unacked.decrementAndGet();
            }
        });
        viewer.onBinary(this::received);
    }

    void start(ScheduledExecutorService scheduler, long phaseMicros) {
        ticks = scheduler.scheduleAtFixedRate(this::tick, phaseMicros, 1_000_000 / FPS, TimeUnit.MICROSECONDS);
    }

    /** Counts and records only what is sent from now on. */
    void measureFromNow() {
        framesDelivered.set(0);
        bytesDelivered.set(0);
        ticksSkipped.set(0);
        rectLatency.clear();
        frameEndLatency.clear();
        measuringSince = System.nanoTime();
    }

    void stop() {
        measuringSince = Long.MAX_VALUE;
        if (ticks != null) {
            ticks.cancel(false);
        }
    }

    void close() {
        stop();
        viewer.close();
    }

    boolean isOpen() {
        return !worker.isClosed() && !viewer.isClosed();
    }

    /**
     * What a set of pairs delivered while measured, together; closes them. {@code messagesInAll} and
     * {@code bytesInAll}: the binary messages delivered since they opened.
     */
    record Totals(Latencies rects, Latencies frameEnds, long frames, long bytes, long skipped, int stillOpen,
                  long messagesInAll, long bytesInAll) {
        static Totals closing(List<StreamPair> pairs) {
            Latencies rects = new Latencies();
            Latencies ends = new Latencies();
            long frames = 0;
            long bytes = 0;
            long skipped = 0;
            int open = 0;
            long messagesInAll = 0;
            long bytesInAll = 0;
            for (StreamPair pair : pairs) {
                rects.addAll(pair.rectLatency);
                ends.addAll(pair.frameEndLatency);
                frames += pair.framesDelivered.get();
                bytes += pair.bytesDelivered.get();
                skipped += pair.ticksSkipped.get();
                open += pair.isOpen() ? 1 : 0;
                messagesInAll += pair.messagesInAll.get();
                bytesInAll += pair.bytesInAll.get();
                pair.close();
            }
            return new Totals(rects, ends, frames, bytes, skipped, open, messagesInAll, bytesInAll);
        }
    }

    private void tick() {
        if (unacked.get() >= MAX_UNACKED) {
            ticksSkipped.incrementAndGet();
            return;
        }
        unacked.incrementAndGet();
        for (int size : recording.frame(nextFrame++)) {
            byte[] bytes = Arrays.copyOf(JPEG, size);
            ByteBuffer fields = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            fields.put(0, (byte) 0x01).put(1, (byte) 1).putShort(2, (short) 0).putShort(4, (short) 0)
                    .putShort(6, (short) 1920).putShort(8, (short) 1080);
            // The JDK client masks 8 bytes at a time in the buffer's byte order: hand it a big-endian one.
            worker.sendBinary(ByteBuffer.wrap(bytes), () -> fields.putLong(FrameRecording.RECT_HEADER, System.nanoTime()));
        }
        int frame = seq++;
        byte[] end = new byte[5];
        ByteBuffer.wrap(end).order(ByteOrder.LITTLE_ENDIAN).put(0, (byte) 0x02).putInt(1, frame);
        worker.sendBinary(ByteBuffer.wrap(end), () -> frameEndSent[frame & (SEQ_SLOTS - 1)] = System.nanoTime());
    }

    private void received(ByteBuffer part, boolean last) {
        messageBytes += part.remaining();
        while (headerFill < header.length && part.hasRemaining()) {
            header[headerFill++] = part.get();
        }
        if (!last) {
            return;
        }
        long arrived = System.nanoTime();
        ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        if (header[0] == 0x01 && headerFill == header.length) {
            record(rectLatency, h.getLong(FrameRecording.RECT_HEADER), arrived);
        } else if (header[0] == 0x02 && headerFill >= 5) {
            int frame = h.getInt(1);
            record(frameEndLatency, frameEndSent[frame & (SEQ_SLOTS - 1)], arrived);
            if (frameEndSent[frame & (SEQ_SLOTS - 1)] >= measuringSince) {
                framesDelivered.incrementAndGet();
            }
            viewer.send("{\"type\":\"ack\",\"seq\":" + frame + "}");
        }
        if (System.nanoTime() >= measuringSince) {
            bytesDelivered.addAndGet(messageBytes);
        }
        messagesInAll.incrementAndGet();
        bytesInAll.addAndGet(messageBytes);
        headerFill = 0;
        messageBytes = 0;
    }

    private void record(Latencies latencies, long sent, long arrived) {
        if (sent >= measuringSince) {
            latencies.add(arrived - sent);
        }
    }
}

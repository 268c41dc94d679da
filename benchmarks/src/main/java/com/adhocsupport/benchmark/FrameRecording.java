package com.adhocsupport.benchmark;

import java.util.Random;

/**
 * A recording of 1080p remote-control traffic as the worker sends it (docs/protocol.md, "Binary
 * frames"): per screen update one to four JPEG rects, then a 5-byte frame end. Rect sizes are
 * log-uniform between 2 KiB (a caret, a menu item) and 200 KiB (a full-screen change at
 * quality medium), so most updates are small and a few are large, as in typing and scrolling.
 * The same seed gives the same recording on every run.
 */
final class FrameRecording {

    static final int MIN_RECT = 2 * 1024;
    static final int MAX_RECT = 200 * 1024;
    /** kind, encoding, x, y, w, h; the send time (System.nanoTime, little-endian) follows in the JPEG bytes. */
    static final int RECT_HEADER = 10;

    private final int[][] frames;
    private final long bytes;

    FrameRecording(int frameCount, long seed) {
        Random random = new Random(seed);
        frames = new int[frameCount][];
        long total = 0;
        for (int f = 0; f < frameCount; f++) {
            double r = random.nextDouble();
            int rects = r < 0.6 ? 1 : r < 0.85 ? 2 : r < 0.95 ? 3 : 4;
            frames[f] = new int[rects];
            for (int i = 0; i < rects; i++) {
                double size = MIN_RECT * Math.pow((double) MAX_RECT / MIN_RECT, random.nextDouble());
                frames[f][i] = RECT_HEADER + (int) size;
                total += frames[f][i] + 5;
            }
        }
        bytes = total;
    }

    /** The rect message sizes of screen update {@code index} (wrapping around). */
    int[] frame(long index) {
        return frames[(int) (index % frames.length)];
    }

    double meanBytesPerFrame() {
        return (double) bytes / frames.length;
    }
}

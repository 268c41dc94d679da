package com.adhocsupport.domain.recording;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The seal of a recording: each chunk's seal is a MAC over the recording's id, the chunk's place,
 * time and flag, its events and the seal before it, so that changing, removing, reordering or
 * adding a chunk breaks every seal from there on. The MAC and its key are the outside world's
 * ({@link Mac}); the chain is this class.
 */
public final class SealChain {

    /** A keyed MAC, in hex. */
    @FunctionalInterface
    public interface Mac {
        String of(byte[] data);
    }

    private final Mac mac;

    public SealChain(Mac mac) {
        this.mac = mac;
    }

    String next(long recordingId, int seq, String previousSeal, long atMillis, boolean keyframe, byte[] events) {
        byte[] previous = (previousSeal == null ? "" : previousSeal).getBytes(StandardCharsets.US_ASCII);
        ByteBuffer input = ByteBuffer.allocate(8 + 4 + 8 + 1 + 4 + previous.length + events.length)
                .putLong(recordingId).putInt(seq).putLong(atMillis).put((byte) (keyframe ? 1 : 0))
                .putInt(previous.length).put(previous).put(events);
        return mac.of(input.array());
    }

    /** A check of a recording's seal that takes its chunks one at a time, in order, so that a long recording is never held whole. */
    public Check check(Recording recording) {
        return new Check(recording);
    }

    /** The chunks of one recording, checked as they come. */
    public final class Check {

        private final Recording recording;
        /** How many chunks hold, from the first. */
        private int holding;
        private String previous;
        private long lastAtMillis;
        /** Where the first chunk that fails starts; null while every chunk so far holds. (Only its time: a chunk can be 256 KiB.) */
        private Long brokenAtMillis;

        private Check(Recording recording) {
            this.recording = recording;
        }

        /** The next chunk as stored; after the first that fails, the rest no longer count. */
        public void add(RecordingChunk chunk) {
            if (brokenAtMillis != null) {
                return;
            }
            String expected = next(recording.getId(), holding, previous, chunk.getAtMillis(), chunk.isKeyframe(), chunk.getEvents());
            if (chunk.getSeq() != holding || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    chunk.getSeal().getBytes(StandardCharsets.US_ASCII))) {
                brokenAtMillis = chunk.getAtMillis();
                return;
            }
            previous = chunk.getSeal();
            lastAtMillis = chunk.getAtMillis();
            holding++;
        }

        /**
         * The first chunk whose seal does not hold; empty when every chunk and the recording's
         * count and last seal agree. A missing chunk at the end is reported as the place after the
         * last one present.
         */
        public Optional<Integer> firstBroken() {
            if (brokenAtMillis != null || holding != recording.getChunkCount() || holding > 0 && !previous.equals(recording.getLastSeal())) {
                return Optional.of(holding);
            }
            return Optional.empty();
        }

        /** From which millisecond the recording is not what was recorded (the end when chunks are missing there); -1 when its seal holds. */
        public long alteredAtMillis() {
            if (firstBroken().isEmpty()) {
                return -1;
            }
            return brokenAtMillis != null ? brokenAtMillis : lastAtMillis;
        }
    }
}

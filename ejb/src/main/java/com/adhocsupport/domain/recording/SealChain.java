package com.adhocsupport.domain.recording;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
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

    /**
     * The first chunk whose seal does not hold, in order; empty when every chunk and the
     * recording's count and last seal agree. A missing chunk at the end is reported as the place
     * after the last one present.
     */
    public Optional<Integer> firstBroken(Recording recording, List<RecordingChunk> chunks) {
        String previous = null;
        for (int i = 0; i < chunks.size(); i++) {
            RecordingChunk chunk = chunks.get(i);
            String expected = next(recording.getId(), i, previous, chunk.getAtMillis(), chunk.isKeyframe(), chunk.getEvents());
            if (chunk.getSeq() != i || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    chunk.getSeal().getBytes(StandardCharsets.US_ASCII))) {
                return Optional.of(i);
            }
            previous = chunk.getSeal();
        }
        if (chunks.size() != recording.getChunkCount() || chunks.size() > 0 && !previous.equals(recording.getLastSeal())) {
            return Optional.of(chunks.size());
        }
        return Optional.empty();
    }
}

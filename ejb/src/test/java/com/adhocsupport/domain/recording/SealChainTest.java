package com.adhocsupport.domain.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adhocsupport.domain.session.Feature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SealChainTest {

    /** A keyed hash good enough to test the chain (the product's is HMAC-SHA256 under a derived key). */
    private static final SealChain CHAIN = new SealChain(data -> sha256("key", data));

    private static String sha256(String key, byte[] data) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(key.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Recording stored(long id) {
        return new Recording(RecordingTest.company(1, false), 1, Feature.REMOTE_CONTROL, "tech@a.example", "PC-01", Instant.EPOCH) {
            @Override
            public Long getId() {
                return id;
            }
        };
    }

    private static List<RecordingChunk> threeChunks(Recording recording) {
        List<RecordingChunk> chunks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            chunks.add(recording.append(CHAIN, i * 1000L, i == 0, false, ("events " + i).getBytes(StandardCharsets.US_ASCII)));
        }
        return chunks;
    }

    private static Optional<Integer> firstBroken(Recording recording, List<RecordingChunk> chunks) {
        SealChain.Check check = CHAIN.check(recording);
        chunks.forEach(check::add);
        return check.firstBroken();
    }

    private static RecordingChunk copy(RecordingChunk c, long atMillis, byte[] events) {
        return new RecordingChunk(c.getRecordingId(), c.getSeq(), atMillis, c.isKeyframe(), events, c.getSeal());
    }

    @Test
    void aRecordingAsStoredHoldsItsSeal() {
        Recording recording = stored(7);
        assertEquals(Optional.empty(), firstBroken(recording, threeChunks(recording)));
        assertFalse(recording.isIncomplete());
    }

    @Test
    void oneChangedByteIsFoundInItsChunk() {
        Recording recording = stored(7);
        List<RecordingChunk> chunks = threeChunks(recording);
        byte[] changed = chunks.get(1).getEvents().clone();
        changed[0] ^= 1;
        chunks.set(1, copy(chunks.get(1), 1000, changed));
        assertEquals(Optional.of(1), firstBroken(recording, chunks));
    }

    @Test
    void aChunkMovedInTimeIsFound() {
        Recording recording = stored(7);
        List<RecordingChunk> chunks = threeChunks(recording);
        chunks.set(2, copy(chunks.get(2), 1500, chunks.get(2).getEvents()));
        assertEquals(Optional.of(2), firstBroken(recording, chunks));
    }

    @Test
    void removedChunksAreFoundInTheMiddleAndAtTheEnd() {
        Recording recording = stored(7);
        List<RecordingChunk> chunks = threeChunks(recording);
        assertEquals(Optional.of(2), firstBroken(recording, chunks.subList(0, 2)), "the last chunk deleted");
        List<RecordingChunk> withoutMiddle = new ArrayList<>(List.of(chunks.get(0), chunks.get(2)));
        assertEquals(Optional.of(1), firstBroken(recording, withoutMiddle));
    }

    @Test
    void playbackIsToldFromWhichMillisecondTheRecordingIsNotWhatWasRecorded() {
        Recording recording = stored(7);
        List<RecordingChunk> chunks = threeChunks(recording);
        assertEquals(-1, alteredAtMillis(recording, chunks), "the seal holds");
        List<RecordingChunk> moved = new ArrayList<>(chunks);
        moved.set(2, copy(chunks.get(2), 2500, chunks.get(2).getEvents()));
        assertEquals(2500, alteredAtMillis(recording, moved), "from the changed chunk's time");
        assertEquals(1000, alteredAtMillis(recording, chunks.subList(0, 2)), "chunks missing at the end: from the last one present");
        assertEquals(0, alteredAtMillis(recording, List.of()), "all missing: from the start");
    }

    private static long alteredAtMillis(Recording recording, List<RecordingChunk> chunks) {
        SealChain.Check check = CHAIN.check(recording);
        chunks.forEach(check::add);
        return check.alteredAtMillis();
    }

    @Test
    void aChunkOfAnotherRecordingDoesNotFit() {
        Recording other = stored(8);
        List<RecordingChunk> theirs = threeChunks(other);
        Recording recording = stored(7);
        List<RecordingChunk> chunks = threeChunks(recording);
        chunks.set(0, theirs.get(0));
        assertEquals(Optional.of(0), firstBroken(recording, chunks));
    }

    @Test
    void aChunkAfterAGapMarksTheRecordingIncomplete() {
        Recording recording = stored(7);
        recording.append(CHAIN, 0, true, true, new byte[] {1});
        assertTrue(recording.isIncomplete());
    }
}

package com.adhocsupport.application;

import java.io.Serializable;

/**
 * A recording to play: its events (docs/protocol.md, "Recordings") and whether its seal holds.
 * {@code alteredAtMillis}: where the first chunk that fails its seal starts (-1 when none does;
 * the end of the recording when chunks are missing at its end).
 */
public record RecordingPlayback(RecordingSummary summary, byte[] events, long alteredAtMillis) implements Serializable {

    public boolean altered() {
        return alteredAtMillis >= 0;
    }
}

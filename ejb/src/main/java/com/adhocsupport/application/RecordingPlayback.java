package com.adhocsupport.application;

import java.io.Serializable;

/**
 * A recording to play, checked: its first {@code chunks} chunks hold {@code bytes} bytes of events
 * (docs/protocol.md, "Recordings"), which {@link RecordingService#events} then reads page by page.
 * {@code alteredAtMillis}: where the first chunk that fails its seal starts (-1 when none does;
 * the end of the recording when chunks are missing at its end).
 */
public record RecordingPlayback(RecordingSummary summary, int chunks, long bytes, long alteredAtMillis) implements Serializable {

    public boolean altered() {
        return alteredAtMillis >= 0;
    }
}

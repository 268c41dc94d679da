package com.adhocsupport.application;

import com.adhocsupport.domain.recording.Recording;
import com.adhocsupport.domain.session.Feature;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** A recording as the Recordings list and the playback page show it; {@code endedAt} null while it goes on. */
public record RecordingSummary(long id, long sessionId, Feature feature, String technicianEmail, String computerName, Instant startedAt,
        Instant endedAt, boolean incomplete) implements Serializable {

    static RecordingSummary of(Recording r) {
        return new RecordingSummary(r.getId(), r.getSessionId(), r.getFeature(), r.getTechnicianEmail(), r.getComputerName(), r.getStartedAt(),
                r.getEndedAt(), r.isIncomplete());
    }

    /** Whole seconds, or null while recording. */
    public Long seconds() {
        return endedAt == null ? null : Duration.between(startedAt, endedAt).toSeconds();
    }
}

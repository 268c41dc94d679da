package com.adhocsupport.application;

import com.adhocsupport.domain.recording.RecordingPolicy;
import com.adhocsupport.domain.session.Feature;

/** A connection a ticket admitted: which session and feature, for whom, and whether it is recorded. */
public record OpenedConnection(long sessionId, Feature feature, boolean startChat, String technicianEmail,
        String technicianName, RecordingPolicy recording) {
}

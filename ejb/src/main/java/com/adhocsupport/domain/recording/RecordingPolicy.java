package com.adhocsupport.domain.recording;

/** Whether a company records its Remote Control connections, and whether the PC's user is told. */
public enum RecordingPolicy {
    OFF,
    ON,
    /** Recorded, and the app on the PC says "this connection is being recorded". */
    ON_USER_TOLD;

    public boolean records() {
        return this != OFF;
    }

    public boolean tellsUser() {
        return this == ON_USER_TOLD;
    }
}

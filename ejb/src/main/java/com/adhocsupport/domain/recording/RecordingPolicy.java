package com.adhocsupport.domain.recording;

/**
 * Whether a company records its connections (Remote Control: the screen, input and chat; File
 * Manager and Dashboard: the operations and chat), and whether the PC's user is told.
 */
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

package com.adhocsupport.domain.recording;

import com.adhocsupport.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Duration;

/**
 * A company's recording settings: the policy, how many days recordings are kept
 * ({@value #MIN_DAYS} to {@value #MAX_DAYS}, {@value #DEFAULT_DAYS} by default), and whether a
 * technician may play their own recordings (administrators play all of the company's).
 */
@Embeddable
public class RecordingSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 3650;
    public static final int DEFAULT_DAYS = 90;

    @Enumerated(EnumType.STRING)
    @Column(name = "recording_policy", nullable = false, length = 20)
    private RecordingPolicy policy = RecordingPolicy.OFF;

    @Column(name = "recording_retention_days", nullable = false)
    private int retentionDays = DEFAULT_DAYS;

    @Column(name = "recording_own_playback", nullable = false)
    private boolean ownPlayback;

    protected RecordingSettings() {
    }

    /** @throws InvalidValueException {@code input.recording.retentionRange} outside the bounds */
    public RecordingSettings(RecordingPolicy policy, int retentionDays, boolean ownPlayback) {
        if (policy == null) {
            throw new InvalidValueException("input.required");
        }
        if (retentionDays < MIN_DAYS || retentionDays > MAX_DAYS) {
            throw new InvalidValueException("input.recording.retentionRange");
        }
        this.policy = policy;
        this.retentionDays = retentionDays;
        this.ownPlayback = ownPlayback;
    }

    public static RecordingSettings off() {
        return new RecordingSettings();
    }

    public RecordingPolicy policy() {
        return policy;
    }

    public int retentionDays() {
        return retentionDays;
    }

    public Duration retention() {
        return Duration.ofDays(retentionDays);
    }

    public boolean ownPlayback() {
        return ownPlayback;
    }

    /** For the audit trail: "ON_USER_TOLD, kept 90 days, technicians play their own". */
    public String describe() {
        return policy + ", kept " + retentionDays + " days" + (ownPlayback ? ", technicians play their own" : ", administrators play");
    }
}

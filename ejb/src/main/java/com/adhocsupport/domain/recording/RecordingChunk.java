package com.adhocsupport.domain.recording;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A run of a recording's events (docs/protocol.md, "Recordings"), as the relay wrote them, with
 * its place in the recording and its seal. A keyframe chunk starts with the PC's {@code screen}
 * message, after which a full frame follows: playback can start there.
 */
@Entity
@Table(name = "recording_chunk")
@NamedQuery(name = "RecordingChunk.findByRecording",
        query = "select c from RecordingChunk c where c.recordingId = :recording and c.seq >= :from order by c.seq")
@NamedQuery(name = "RecordingChunk.deleteByRecordings", query = "delete from RecordingChunk c where c.recordingId in :recordings")
public class RecordingChunk {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recording_id", nullable = false)
    private long recordingId;

    @Column(nullable = false)
    private int seq;

    /** Milliseconds from the start of the recording to the chunk's first event. */
    @Column(name = "at_millis", nullable = false)
    private long atMillis;

    @Column(nullable = false)
    private boolean keyframe;

    @Column(nullable = false)
    private byte[] events;

    @Column(nullable = false, length = 64)
    private String seal;

    protected RecordingChunk() {
    }

    RecordingChunk(long recordingId, int seq, long atMillis, boolean keyframe, byte[] events, String seal) {
        this.recordingId = recordingId;
        this.seq = seq;
        this.atMillis = atMillis;
        this.keyframe = keyframe;
        this.events = events;
        this.seal = seal;
    }

    public long getRecordingId() {
        return recordingId;
    }

    public int getSeq() {
        return seq;
    }

    public long getAtMillis() {
        return atMillis;
    }

    public boolean isKeyframe() {
        return keyframe;
    }

    public byte[] getEvents() {
        return events;
    }

    public String getSeal() {
        return seal;
    }
}

package com.adhocsupport.application;

import com.adhocsupport.domain.audit.AuditAction;
import com.adhocsupport.domain.computer.Computer;
import com.adhocsupport.domain.computer.ComputerRepository;
import com.adhocsupport.domain.recording.Recording;
import com.adhocsupport.domain.recording.RecordingChunk;
import com.adhocsupport.domain.recording.RecordingRepository;
import com.adhocsupport.domain.recording.RecordingSettings;
import com.adhocsupport.domain.recording.SealChain;
import com.adhocsupport.domain.session.AdHocSession;
import com.adhocsupport.domain.session.AdHocSessionRepository;
import com.adhocsupport.domain.technician.Technician;
import com.adhocsupport.domain.technician.TechnicianRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Recordings of connections: started when a recorded connection opens, grown one
 * sealed chunk at a time by the relay's writer, listed and played for whom may
 * ({@link Recording#isPlayableBy}: any other recording is treated as missing), and purged after
 * their company's retention period.
 */
@Stateless
public class RecordingService {

    /** Chunks read at once: at most 8 MiB of events. */
    static final int PAGE = 32;
    private static final Logger LOG = Logger.getLogger(RecordingService.class.getName());

    @Inject
    RecordingRepository recordings;
    @Inject
    AdHocSessionRepository sessions;
    @Inject
    ComputerRepository computers;
    @Inject
    TechnicianRepository technicians;
    @Inject
    AuditTrail audit;
    @Inject
    SealChain.Mac mac;
    @Inject
    Clock clock;

    /** Starts recording the connection when its company records it; the recording's id, else empty. */
    public Optional<Long> start(OpenedConnection connection) {
        if (!connection.recording().records()) {
            return Optional.empty();
        }
        Optional<AdHocSession> session = sessions.find(connection.sessionId());
        if (session.isEmpty()) {
            return Optional.empty();
        }
        String computer = computers.findBySession(session.get()).map(Computer::getName).orElse(null);
        Recording recording = new Recording(session.get().getCompany(), connection.sessionId(), connection.feature(),
                connection.technicianEmail(), computer, clock.instant());
        recordings.store(recording);
        audit.record(session.get(), connection.technicianEmail(), AuditAction.RECORDING_STARTED, "recording " + recording.getId(),
                null, clock.instant());
        return Optional.of(recording.getId());
    }

    /** Seals and stores the next chunk; {@code afterGap}: events were lost just before it. */
    public void append(long recordingId, long atMillis, boolean keyframe, boolean afterGap, byte[] events) {
        Recording recording = recordings.lock(recordingId).orElseThrow(() -> new IllegalStateException("no recording " + recordingId));
        recordings.add(recording.append(new SealChain(mac), atMillis, keyframe, afterGap, events));
    }

    /** The connection closed; {@code lost}: its last events could not be stored. */
    public void finish(long recordingId, boolean lost) {
        recordings.lock(recordingId).ifPresent(r -> r.finish(clock.instant(), lost));
    }

    /** The recordings the technician may play, newest first. */
    public List<RecordingSummary> list(long technicianId) {
        Technician technician = technician(technicianId);
        return recordings.findByCompany(technician.getCompany()).stream().filter(r -> r.isPlayableBy(technician))
                .map(RecordingSummary::of).toList();
    }

    /** One recording the technician may play; empty for any other, as for one that does not exist. */
    public Optional<RecordingSummary> find(long technicianId, long recordingId) {
        Technician technician = technician(technicianId);
        return recordings.find(recordingId).filter(r -> r.isPlayableBy(technician)).map(RecordingSummary::of);
    }

    /** Whether the company lets technicians play their own recordings, or the technician is an administrator. */
    public boolean mayPlayAny(long technicianId) {
        Technician technician = technician(technicianId);
        return technician.isAdministrator() || technician.getCompany().getRecordingSettings().ownPlayback();
    }

    /**
     * Checks a recording's seal for playback, reading it {@value #PAGE} chunks at a time; empty for
     * a recording the technician may not play, exactly as for one that does not exist. Every fetch
     * is audited, as played in the browser or saved as a file. The events follow page by page
     * ({@link #events}), each page in a transaction of its own, so that a long recording is never
     * held whole and a slow browser holds no transaction open.
     */
    public Optional<RecordingPlayback> play(long technicianId, long recordingId, boolean asFile, String source) {
        Technician technician = technician(technicianId);
        Optional<Recording> found = recordings.find(recordingId).filter(r -> r.isPlayableBy(technician));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Recording recording = found.get();
        SealChain.Check check = new SealChain(mac).check(recording);
        int chunks = 0;
        long bytes = 0;
        List<RecordingChunk> page = recordings.chunks(recordingId, 0, PAGE);
        while (!page.isEmpty()) {
            for (RecordingChunk chunk : page) {
                check.add(chunk);
                bytes += chunk.getEvents().length;
            }
            chunks += page.size();
            page = page.size() < PAGE ? List.of() : recordings.chunks(recordingId, nextSeq(page), PAGE);
        }
        Optional<Integer> broken = check.firstBroken();
        int read = chunks;
        if (broken.isPresent()) {
            LOG.warning(() -> "Recording " + recordingId + " fails its seal at chunk " + broken.get() + " of " + read);
        }
        sessions.find(recording.getSessionId()).ifPresent(s -> audit.record(s, technician.getEmail(), AuditAction.RECORDING_DOWNLOADED,
                "recording " + recordingId + (asFile ? " saved as a file" : " played") + (broken.isPresent() ? " (altered)" : ""),
                source, clock.instant()));
        return Optional.of(new RecordingPlayback(RecordingSummary.of(recording), chunks, bytes, check.alteredAtMillis()));
    }

    /**
     * The events of at most {@code max} (and {@value #PAGE}) chunks of a recording the technician
     * may play, from chunk place {@code fromSeq} on; empty for any other recording.
     */
    public Optional<RecordingEvents> events(long technicianId, long recordingId, int fromSeq, int max) {
        Technician technician = technician(technicianId);
        if (recordings.find(recordingId).filter(r -> r.isPlayableBy(technician)).isEmpty()) {
            return Optional.empty();
        }
        List<RecordingChunk> page = recordings.chunks(recordingId, fromSeq, Math.min(max, PAGE));
        ByteArrayOutputStream events = new ByteArrayOutputStream();
        page.forEach(chunk -> events.writeBytes(chunk.getEvents()));
        return Optional.of(new RecordingEvents(events.toByteArray(), page.size(), page.isEmpty() ? fromSeq : nextSeq(page)));
    }

    private static int nextSeq(List<RecordingChunk> page) {
        return page.get(page.size() - 1).getSeq() + 1;
    }

    /**
     * Deletes the recordings past their company's retention period; how many. Only recordings older
     * than the shortest period any company can choose are looked at.
     */
    public int purgeExpired(Instant now) {
        List<Long> expired = recordings.findStartedBefore(now.minus(Duration.ofDays(RecordingSettings.MIN_DAYS))).stream()
                .filter(r -> r.isExpiredAt(now)).map(Recording::getId).toList();
        recordings.remove(expired);
        return expired.size();
    }

    private Technician technician(long technicianId) {
        return technicians.find(technicianId).filter(Technician::isActive)
                .orElseThrow(() -> new AccessDeniedException("technician " + technicianId));
    }
}

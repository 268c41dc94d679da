package com.adhocsupport.domain.recording;

import com.adhocsupport.domain.company.Company;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Recordings and their chunks. */
public interface RecordingRepository {

    void store(Recording recording);

    Optional<Recording> find(long id);

    /** The recording with its row locked until the transaction ends, so its chain grows one chunk at a time. */
    Optional<Recording> lock(long id);

    void add(RecordingChunk chunk);

    /** Newest first. */
    List<Recording> findByCompany(Company company);

    /**
     * At most {@code max} chunks of a recording from place {@code fromSeq} on, in order; detached,
     * so that reading a long recording a page at a time holds one page.
     */
    List<RecordingChunk> chunks(long recordingId, int fromSeq, int max);

    /** Recordings that started before {@code cutoff}, with their company. */
    List<Recording> findStartedBefore(Instant cutoff);

    /** Deletes these recordings and their chunks. */
    void remove(Collection<Long> recordingIds);
}

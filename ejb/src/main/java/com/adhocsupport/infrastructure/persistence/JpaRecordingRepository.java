package com.adhocsupport.infrastructure.persistence;

import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.recording.Recording;
import com.adhocsupport.domain.recording.RecordingChunk;
import com.adhocsupport.domain.recording.RecordingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRecordingRepository implements RecordingRepository {

    @PersistenceContext(unitName = "adhoc")
    private EntityManager em;

    @Override
    public void store(Recording recording) {
        em.persist(recording);
        em.flush();
    }

    @Override
    public Optional<Recording> find(long id) {
        return Optional.ofNullable(em.find(Recording.class, id));
    }

    @Override
    public Optional<Recording> lock(long id) {
        return Optional.ofNullable(em.find(Recording.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(RecordingChunk chunk) {
        em.persist(chunk);
    }

    @Override
    public List<Recording> findByCompany(Company company) {
        return em.createNamedQuery("Recording.findByCompany", Recording.class).setParameter("company", company).getResultList();
    }

    @Override
    public List<RecordingChunk> chunks(long recordingId, int fromSeq, int max) {
        List<RecordingChunk> page = em.createNamedQuery("RecordingChunk.findByRecording", RecordingChunk.class)
                .setParameter("recording", recordingId).setParameter("from", fromSeq).setMaxResults(max).getResultList();
        page.forEach(em::detach);
        return page;
    }

    @Override
    public List<Recording> findStartedBefore(Instant cutoff) {
        return em.createNamedQuery("Recording.findStartedBefore", Recording.class).setParameter("cutoff", cutoff).getResultList();
    }

    @Override
    public void remove(Collection<Long> recordingIds) {
        if (recordingIds.isEmpty()) {
            return;
        }
        em.createNamedQuery("RecordingChunk.deleteByRecordings").setParameter("recordings", recordingIds).executeUpdate();
        em.createQuery("delete from Recording r where r.id in :ids").setParameter("ids", recordingIds).executeUpdate();
    }
}

package com.adhocsupport.domain.recording;

import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.company.CompanyOwned;
import com.adhocsupport.domain.session.Feature;
import com.adhocsupport.domain.technician.Technician;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The recording of one connection: of Remote Control, the screen as the PC sent it; of File
 * Manager and Dashboard, the operations (docs/protocol.md, "Recordings"). Its chunks are stored one by one as the relay
 * writes them; the recording keeps how many there are and the seal of the last, so that a chunk
 * changed, removed or added afterwards breaks the chain ({@link SealChain}).
 */
@Entity
@Table(name = "recording")
@NamedQuery(name = "Recording.findByCompany", query = "select r from Recording r where r.company = :company order by r.startedAt desc")
@NamedQuery(name = "Recording.findStartedBefore", query = "select r from Recording r join fetch r.company where r.startedAt < :cutoff")
public class Recording implements CompanyOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false)
    private Company company;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Feature feature;

    @Column(name = "technician_email", nullable = false, length = 254)
    private String technicianEmail;

    @Column(name = "computer_name", length = 255)
    private String computerName;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(nullable = false)
    private boolean incomplete;

    @Column(name = "chunk_count", nullable = false)
    private int chunkCount;

    @Column(name = "last_seal", length = 64)
    private String lastSeal;

    protected Recording() {
    }

    public Recording(Company company, long sessionId, Feature feature, String technicianEmail, String computerName,
            Instant startedAt) {
        this.company = company;
        this.sessionId = sessionId;
        this.feature = feature;
        this.technicianEmail = technicianEmail;
        this.computerName = computerName;
        this.startedAt = startedAt;
    }

    /** Administrators play every recording of their company; a technician their own, if the company allows. */
    public boolean isPlayableBy(Technician technician) {
        if (!technician.isActive() || !belongsTo(technician.getCompany())) {
            return false;
        }
        return technician.isAdministrator()
                || company.getRecordingSettings().ownPlayback() && technicianEmail.equals(technician.getEmail());
    }

    /** Past the company's retention period at {@code now}. */
    public boolean isExpiredAt(Instant now) {
        return startedAt.plus(company.getRecordingSettings().retention()).isBefore(now);
    }

    /** Adds the next chunk to the chain; {@code afterGap}: data was lost just before it. */
    public RecordingChunk append(SealChain chain, long atMillis, boolean keyframe, boolean afterGap, byte[] events) {
        String seal = chain.next(getId(), chunkCount, lastSeal, atMillis, keyframe, events);
        RecordingChunk chunk = new RecordingChunk(getId(), chunkCount, atMillis, keyframe, events, seal);
        chunkCount++;
        lastSeal = seal;
        incomplete |= afterGap;
        return chunk;
    }

    /** The connection closed; {@code lost}: its last events could not be stored. */
    public void finish(Instant at, boolean lost) {
        endedAt = at;
        incomplete |= lost;
    }

    @Override
    public Company getCompany() {
        return company;
    }

    public Long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public Feature getFeature() {
        return feature;
    }

    public String getTechnicianEmail() {
        return technicianEmail;
    }

    public String getComputerName() {
        return computerName;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public boolean isIncomplete() {
        return incomplete;
    }

    public int getChunkCount() {
        return chunkCount;
    }

    public String getLastSeal() {
        return lastSeal;
    }
}

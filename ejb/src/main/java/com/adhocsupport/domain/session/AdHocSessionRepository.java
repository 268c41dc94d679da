package com.adhocsupport.domain.session;

import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.technician.Technician;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores ad hoc sessions. */
public interface AdHocSessionRepository {

    Optional<AdHocSession> find(long id);

    /** Loads the session and locks its row until the transaction ends. */
    Optional<AdHocSession> lock(long id);

    /** The session whose deployment link carries this token hash, locked. */
    Optional<AdHocSession> lockByTokenHash(String tokenHash);

    long countOpen(Technician technician);

    long countOpen(Company company);

    Optional<AdHocSession> findOpen(Technician technician);

    List<AdHocSession> findOpen(Company company);

    void store(AdHocSession session);

    /**
     * Up to {@code max} open sessions past their deadline (their timer has not ended them yet), in
     * ascending order: the order every node takes their locks in.
     */
    List<Long> findPastDeadline(Instant now, int max);

    /** Those of these sessions that have ended, with why. */
    Map<Long, EndReason> findEnded(Collection<Long> ids);

    /**
     * Forgets the end user's personal data of sessions that ended before {@code cutoff}: e-mail
     * address, computer name and OS, and what the audit trail quoted of them or of the PC's address.
     *
     * @return how many sessions were purged now
     */
    int purgePersonalData(Instant cutoff);
}

package com.adhocsupport.domain.computer;

import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.session.AdHocSession;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores the PCs of activated sessions. */
public interface ComputerRepository {

    Optional<Computer> find(long id);

    Optional<Computer> findBySession(AdHocSession session);

    Optional<Computer> findByCredentialHash(String credentialHash);

    /** The group "Ad Hoc Support Sessions": the company's PCs that hold a seat. */
    List<Computer> findHoldingSeat(Company company);

    void store(Computer computer);

    /** "Last online" becomes {@code now} for the online PCs of these sessions, in one statement. */
    void markHeard(Collection<Long> sessionIds, Instant now);

    /** The PCs of these sessions that are marked offline. */
    List<Computer> findOfflineOfSessions(Collection<Long> sessionIds);

    /** The PCs marked online but last heard before {@code before}, locked until the transaction ends. */
    List<Computer> lockSilentSince(Instant before);
}

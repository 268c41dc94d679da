package com.adhocsupport.domain.session;

import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.technician.Technician;
import java.util.List;
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
}

package com.adhocsupport.domain.computer;

import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.session.AdHocSession;
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
}

package com.adhocsupport.domain.company;

import java.util.Optional;

/** Stores companies. */
public interface CompanyRepository {

    Optional<Company> find(long id);

    /** Loads the company and locks its row until the transaction ends: session creation serializes on it. */
    Company lock(long id);

    void store(Company company);
}

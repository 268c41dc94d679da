package com.adhocsupport.domain.technician;

import com.adhocsupport.domain.company.Company;
import java.util.List;
import java.util.Optional;

/** Stores technicians. */
public interface TechnicianRepository {

    Optional<Technician> find(long id);

    Optional<Technician> findByEmail(String email);

    /** Loads the technician and locks their row until the transaction ends: second-factor codes serialize on it. */
    Optional<Technician> lock(long id);

    List<Technician> findByCompany(Company company);

    void store(Technician technician);
}

package com.adhocsupport.infrastructure.persistence;

import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.company.CompanyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaCompanyRepository implements CompanyRepository {

    @PersistenceContext(unitName = "adhoc")
    private EntityManager em;

    @Override
    public Optional<Company> find(long id) {
        return Optional.ofNullable(em.find(Company.class, id));
    }

    @Override
    public Company lock(long id) {
        Company company = em.find(Company.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (company == null) {
            throw new IllegalArgumentException("no company " + id);
        }
        return company;
    }

    @Override
    public void store(Company company) {
        em.persist(company);
    }
}

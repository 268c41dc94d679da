package com.adhocsupport.infrastructure.persistence;

import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.technician.Technician;
import com.adhocsupport.domain.technician.TechnicianRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTechnicianRepository implements TechnicianRepository {

    @PersistenceContext(unitName = "adhoc")
    private EntityManager em;

    @Override
    public Optional<Technician> find(long id) {
        return Optional.ofNullable(em.find(Technician.class, id));
    }

    @Override
    public Optional<Technician> findByEmail(String email) {
        return em.createNamedQuery("Technician.findByEmail", Technician.class)
                .setParameter("email", email.trim())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Technician> lock(long id) {
        return Optional.ofNullable(em.find(Technician.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Technician> findByCompany(Company company) {
        return em.createNamedQuery("Technician.findByCompany", Technician.class)
                .setParameter("company", company).getResultList();
    }

    @Override
    public void store(Technician technician) {
        em.persist(technician);
    }
}

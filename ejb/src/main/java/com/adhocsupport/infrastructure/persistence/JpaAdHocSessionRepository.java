package com.adhocsupport.infrastructure.persistence;

import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.session.AdHocSession;
import com.adhocsupport.domain.session.AdHocSessionRepository;
import com.adhocsupport.domain.technician.Technician;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAdHocSessionRepository implements AdHocSessionRepository {

    @PersistenceContext(unitName = "adhoc")
    private EntityManager em;

    @Override
    public Optional<AdHocSession> find(long id) {
        return Optional.ofNullable(em.find(AdHocSession.class, id));
    }

    @Override
    public Optional<AdHocSession> lock(long id) {
        return Optional.ofNullable(em.find(AdHocSession.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<AdHocSession> lockByTokenHash(String tokenHash) {
        return em.createNamedQuery("AdHocSession.findByTokenHash", AdHocSession.class)
                .setParameter("hash", tokenHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public long countOpen(Technician technician) {
        return em.createNamedQuery("AdHocSession.countOpenByTechnician", Long.class)
                .setParameter("technician", technician).getSingleResult();
    }

    @Override
    public long countOpen(Company company) {
        return em.createNamedQuery("AdHocSession.countOpenByCompany", Long.class)
                .setParameter("company", company).getSingleResult();
    }

    @Override
    public Optional<AdHocSession> findOpen(Technician technician) {
        return em.createNamedQuery("AdHocSession.findOpenByTechnician", AdHocSession.class)
                .setParameter("technician", technician).getResultStream().findFirst();
    }

    @Override
    public List<AdHocSession> findOpen(Company company) {
        return em.createNamedQuery("AdHocSession.findOpenByCompany", AdHocSession.class)
                .setParameter("company", company).getResultList();
    }

    @Override
    public void store(AdHocSession session) {
        em.persist(session);
        em.flush();
    }
}

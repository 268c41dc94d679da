package com.adhocsupport.infrastructure.persistence;

import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.computer.Computer;
import com.adhocsupport.domain.computer.ComputerRepository;
import com.adhocsupport.domain.session.AdHocSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaComputerRepository implements ComputerRepository {

    @PersistenceContext(unitName = "adhoc")
    private EntityManager em;

    @Override
    public Optional<Computer> find(long id) {
        return Optional.ofNullable(em.find(Computer.class, id));
    }

    @Override
    public Optional<Computer> findBySession(AdHocSession session) {
        return em.createNamedQuery("Computer.findBySession", Computer.class)
                .setParameter("session", session).getResultStream().findFirst();
    }

    @Override
    public Optional<Computer> findByCredentialHash(String credentialHash) {
        return em.createNamedQuery("Computer.findByCredentialHash", Computer.class)
                .setParameter("hash", credentialHash).getResultStream().findFirst();
    }

    @Override
    public List<Computer> findHoldingSeat(Company company) {
        return em.createNamedQuery("Computer.findHoldingSeatByCompany", Computer.class)
                .setParameter("company", company).getResultList();
    }

    @Override
    public void store(Computer computer) {
        em.persist(computer);
    }

    @Override
    public void markHeard(Collection<Long> sessionIds, Instant now) {
        em.createNamedQuery("Computer.markHeard").setParameter("ids", sessionIds).setParameter("now", now).executeUpdate();
    }

    @Override
    public List<Computer> findOfflineOfSessions(Collection<Long> sessionIds) {
        return em.createNamedQuery("Computer.findOfflineOfSessions", Computer.class).setParameter("ids", sessionIds).getResultList();
    }

    @Override
    public List<Computer> lockSilentSince(Instant before) {
        return em.createNamedQuery("Computer.findSilentSince", Computer.class).setParameter("before", before)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }
}

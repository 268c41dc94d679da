package com.adhocsupport.infrastructure.persistence;

import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.computer.Computer;
import com.adhocsupport.domain.computer.ComputerRepository;
import com.adhocsupport.domain.session.AdHocSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
}

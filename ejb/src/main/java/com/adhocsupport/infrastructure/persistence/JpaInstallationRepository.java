package com.adhocsupport.infrastructure.persistence;

import com.adhocsupport.domain.company.Installation;
import com.adhocsupport.domain.company.InstallationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaInstallationRepository implements InstallationRepository {

    @PersistenceContext(unitName = "adhoc")
    private EntityManager em;

    @Override
    public boolean exists() {
        return em.find(Installation.class, Installation.ONLY_ID) != null;
    }

    @Override
    public void record(Installation installation) {
        em.persist(installation);
        em.flush();
    }
}

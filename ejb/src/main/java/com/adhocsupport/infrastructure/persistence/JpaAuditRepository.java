package com.adhocsupport.infrastructure.persistence;

import com.adhocsupport.domain.audit.AuditEvent;
import com.adhocsupport.domain.audit.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "adhoc")
    private EntityManager em;

    @Override
    public void add(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> findBySession(long sessionId) {
        return em.createNamedQuery("AuditEvent.findBySession", AuditEvent.class)
                .setParameter("sessionId", sessionId).getResultList();
    }
}

package com.adhocsupport.infrastructure.persistence;

import com.adhocsupport.domain.audit.AuditAction;
import com.adhocsupport.domain.audit.AuditEvent;
import com.adhocsupport.domain.audit.AuditFilter;
import com.adhocsupport.domain.audit.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
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
    public List<AuditEvent> search(long companyId, AuditFilter filter, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(event.get("companyId"), companyId));
        if (filter.actor() != null) {
            where.add(cb.equal(cb.lower(event.get("actor")), filter.actor().toLowerCase(Locale.ROOT)));
        }
        if (filter.action() != null) {
            where.add(cb.equal(event.get("action"), filter.action()));
        }
        if (filter.sessionId() != null) {
            where.add(cb.equal(event.get("sessionId"), filter.sessionId()));
        }
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(event.get("occurredAt"), filter.from()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(event.get("occurredAt"), filter.to()));
        }
        query.where(where.toArray(Predicate[]::new)).orderBy(cb.desc(event.get("id")));
        return em.createQuery(query).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Instant> timesOf(AuditAction action, Long sessionId, String actor, Instant since) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Instant> query = cb.createQuery(Instant.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(event.get("action"), action));
        where.add(cb.greaterThanOrEqualTo(event.get("occurredAt"), since));
        if (sessionId != null) {
            where.add(cb.equal(event.get("sessionId"), sessionId));
        }
        if (actor != null) {
            where.add(cb.equal(event.get("actor"), actor));
        }
        query.select(event.get("occurredAt")).where(where.toArray(Predicate[]::new));
        return em.createQuery(query).getResultList();
    }

    @Override
    public List<AuditEvent> findBySession(long sessionId) {
        return em.createNamedQuery("AuditEvent.findBySession", AuditEvent.class)
                .setParameter("sessionId", sessionId).getResultList();
    }
}

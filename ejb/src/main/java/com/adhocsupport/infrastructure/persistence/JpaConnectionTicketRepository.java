package com.adhocsupport.infrastructure.persistence;

import com.adhocsupport.domain.session.ConnectionTicket;
import com.adhocsupport.domain.session.ConnectionTicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class JpaConnectionTicketRepository implements ConnectionTicketRepository {

    @PersistenceContext(unitName = "adhoc")
    private EntityManager em;

    @Override
    public void add(ConnectionTicket ticket) {
        em.persist(ticket);
    }

    @Override
    public Optional<ConnectionTicket> take(String ticketHash) {
        Optional<ConnectionTicket> ticket = em.createNamedQuery("ConnectionTicket.findByHash", ConnectionTicket.class)
                .setParameter("hash", ticketHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        ticket.ifPresent(t -> {
            em.remove(t);
            em.flush();
        });
        return ticket;
    }

    @Override
    public int removeExpired(Instant now) {
        return em.createNamedQuery("ConnectionTicket.deleteExpired").setParameter("now", now).executeUpdate();
    }
}

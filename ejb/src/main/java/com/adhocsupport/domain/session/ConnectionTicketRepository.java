package com.adhocsupport.domain.session;

import java.time.Instant;
import java.util.Optional;

/** The connection tickets waiting to be used. */
public interface ConnectionTicketRepository {

    void add(ConnectionTicket ticket);

    /**
     * Removes the ticket with this hash and returns it; of two callers racing for one ticket,
     * only one gets it (the row is locked and deleted in the caller's transaction).
     */
    Optional<ConnectionTicket> take(String ticketHash);

    /** Forgets tickets that expired before {@code now}; returns how many. */
    int removeExpired(Instant now);
}

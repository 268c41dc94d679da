package com.adhocsupport.domain.session;

import com.adhocsupport.domain.technician.Technician;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The one-time permission, issued after the access password was right, for one technician to
 * open one connection (Remote Control, File Manager or Dashboard) to one session. Kept in the
 * database so that any node of a cluster can honour it; only the ticket's hash is stored.
 */
@Entity
@Table(name = "connection_ticket")
@NamedQuery(name = "ConnectionTicket.findByHash", query = "select t from ConnectionTicket t where t.ticketHash = :hash")
@NamedQuery(name = "ConnectionTicket.deleteExpired", query = "delete from ConnectionTicket t where t.expiresAt < :now")
public class ConnectionTicket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_hash", nullable = false, length = 64, unique = true)
    private String ticketHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private AdHocSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "technician_id", nullable = false)
    private Technician technician;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Feature feature;

    @Column(name = "start_chat", nullable = false)
    private boolean startChat;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected ConnectionTicket() {
    }

    public ConnectionTicket(String ticketHash, AdHocSession session, Technician technician, Feature feature,
            boolean startChat, Instant expiresAt) {
        this.ticketHash = ticketHash;
        this.session = session;
        this.technician = technician;
        this.feature = feature;
        this.startChat = startChat;
        this.expiresAt = expiresAt;
    }

    public boolean isUsableAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public AdHocSession getSession() {
        return session;
    }

    public Technician getTechnician() {
        return technician;
    }

    public Feature getFeature() {
        return feature;
    }

    public boolean isStartChat() {
        return startChat;
    }
}

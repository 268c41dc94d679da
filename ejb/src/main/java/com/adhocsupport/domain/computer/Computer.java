package com.adhocsupport.domain.computer;

import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.company.CompanyOwned;
import com.adhocsupport.domain.session.AdHocSession;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The end user's PC of an activated session. It holds one seat of the company until the
 * session ends; its agent authenticates with a credential issued at activation.
 */
@Entity
@Table(name = "computer")
@NamedQuery(name = "Computer.findBySession", query = "select c from Computer c where c.session = :session")
@NamedQuery(name = "Computer.findByCredentialHash", query = "select c from Computer c where c.agentCredentialHash = :hash")
@NamedQuery(name = "Computer.findHoldingSeatByCompany",
        query = "select c from Computer c where c.company = :company and c.holdsSeat = true order by c.name")
@NamedQuery(name = "Computer.markHeard",
        query = "update Computer c set c.lastOnline = :now where c.online = true and c.session.id in :ids")
@NamedQuery(name = "Computer.findOfflineOfSessions", query = "select c from Computer c where c.online = false and c.session.id in :ids")
@NamedQuery(name = "Computer.findSilentSince", query = "select c from Computer c where c.online = true and c.lastOnline < :before")
public class Computer implements CompanyOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, unique = true)
    private AdHocSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false)
    private Company company;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(name = "os_name", length = 120)
    private String osName;

    @Column(nullable = false)
    private boolean online;

    @Column(name = "online_since")
    private Instant onlineSince;

    @Column(name = "last_online")
    private Instant lastOnline;

    @Column(name = "holds_seat", nullable = false)
    private boolean holdsSeat;

    @Column(name = "agent_credential_hash", nullable = false, unique = true, length = 64)
    private String agentCredentialHash;

    @Version
    private long version;

    protected Computer() {
    }

    /** The PC of a session being activated now: it is online and takes a seat. */
    public Computer(AdHocSession session, String name, String osName, String agentCredentialHash, Instant now) {
        this.session = session;
        this.company = session.getCompany();
        this.name = name;
        this.osName = osName;
        this.agentCredentialHash = agentCredentialHash;
        this.holdsSeat = true;
        connected(now);
    }

    /** The PC is heard from (activation, reconnection, heartbeat): "last online" is now; "online since" too if it was offline. */
    public void connected(Instant now) {
        if (!online) {
            online = true;
            onlineSince = now;
        }
        lastOnline = now;
    }

    /** Offline from now: "last online" is now, and "online since" is no more (a PC offline is not online since anything). */
    public void disconnected(Instant now) {
        if (online) {
            online = false;
            onlineSince = null;
            lastOnline = now;
        }
    }

    /** The session is over: the seat is free and the PC counts as offline. */
    public void releaseSeat(Instant now) {
        disconnected(now);
        holdsSeat = false;
    }

    public Long getId() {
        return id;
    }

    public AdHocSession getSession() {
        return session;
    }

    @Override
    public Company getCompany() {
        return company;
    }

    public String getName() {
        return name;
    }

    public String getOsName() {
        return osName;
    }

    public boolean isOnline() {
        return online;
    }

    public Instant getOnlineSince() {
        return onlineSince;
    }

    public Instant getLastOnline() {
        return lastOnline;
    }
}

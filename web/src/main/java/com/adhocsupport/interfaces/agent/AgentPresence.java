package com.adhocsupport.interfaces.agent;

import com.adhocsupport.application.AgentSessionService;
import com.adhocsupport.application.SessionExpiry;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps "online" and "last online" right without a database write per heartbeat (docs/protocol.md,
 * "In a cluster"): every round, this node vouches in one statement for the PCs whose agent
 * connection it holds, tells those whose session is over, and marks offline the PCs that no node
 * has vouched for in a while (their node died and they did not come back). First it ends the
 * sessions past their deadline that no timer has ended yet (their timer's node died).
 */
@ApplicationScoped
public class AgentPresence {

    /** How often a node vouches for its PCs: the most "last online" can lag, or a node's crash lose. */
    static final Duration ROUND = Duration.ofSeconds(10);
    /** Six rounds missed: no node holds the PC's connection any more. */
    static final Duration SILENCE = Duration.ofSeconds(60);
    private static final Logger LOG = Logger.getLogger(AgentPresence.class.getName());

    @EJB
    AgentSessionService agents;
    @EJB
    SessionExpiry expiry;
    @Inject
    AgentConnections openConnections;
    @Inject
    ThisNode thisNode;
    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> rounds;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        rounds = scheduler.scheduleWithFixedDelay(this::round, ROUND.toMillis(), ROUND.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }

    /** One round; a failure is logged and the next round tries again (a thrown exception would end the rounds). */
    void round() {
        try {
            expiry.expireOverdue();
            agents.stillConnected(openConnections.connectedSessions()).forEach(thisNode::endSession);
            agents.markSilentOffline(SILENCE);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the presence round failed; the next one tries again", e);
        }
    }
}

package com.adhocsupport.interfaces.agent;

import com.adhocsupport.domain.session.EndReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.util.Optional;

/**
 * What one node does for the cluster with the connections it holds (the commands of
 * {@link ClusterDispatch} run here, on every node): a message for a PC whose agent connection
 * is here, the end of a session, the count of viewers attached here.
 */
@ApplicationScoped
public class ThisNode {

    @Inject
    AgentConnections openConnections;
    @Inject
    ConnectionRelay relay;

    /** @return whether the PC's agent is connected to this node (and was sent the message) */
    public boolean sendToAgent(long sessionId, String message) {
        Optional<Session> agent = openConnections.connectionOf(sessionId);
        agent.ifPresent(connection -> AgentMessages.send(connection, message));
        return agent.isPresent();
    }

    /** Tells the PC, if connected here, that its session ended, and closes the session's connections here. */
    public void endSession(long sessionId, EndReason reason) {
        openConnections.connectionOf(sessionId).ifPresent(connection -> AgentMessages.sendEnd(connection, reason.name()));
        openConnections.channelsOf(sessionId).forEach(channel -> relay.close(channel, ConnectionRelay.SESSION_OVER, null));
    }

    public long attachedViewers(long sessionId) {
        return openConnections.channelsOf(sessionId).stream().filter(Channel::isAttached).count();
    }
}

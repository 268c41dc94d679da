package com.adhocsupport.interfaces.agent;

import jakarta.websocket.Session;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The WebSocket connections open on this server node: each PC's agent connection by ad hoc
 * session, and the connections (viewer plus worker) technicians opened. The only node-local
 * state of the product: in a cluster, each node knows its own connections, reaches the others'
 * through {@link ClusterDispatch}, and the database knows the rest. A viewer and the PC's worker
 * meet on the viewer's node; the PC's agent connection may be on another.
 */
public interface AgentConnections {

    void register(long sessionId, Session connection);

    void unregister(long sessionId, Session connection);

    Optional<Session> connectionOf(long sessionId);

    /** The sessions whose PC's agent connection is open on this node. */
    Set<Long> connectedSessions();

    void addChannel(Channel channel);

    void removeChannel(Channel channel);

    Optional<Channel> channel(String id);

    List<Channel> channelsOf(long sessionId);
}

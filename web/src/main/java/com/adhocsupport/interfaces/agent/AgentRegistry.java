package com.adhocsupport.interfaces.agent;

import jakarta.websocket.Session;
import java.util.Optional;

/**
 * The agent connections open on this server node, by ad hoc session. The only node-local state
 * of the product: in a cluster, each node knows its own connections and the database knows the rest.
 */
public interface AgentRegistry {

    void register(long sessionId, Session connection);

    void unregister(long sessionId, Session connection);

    Optional<Session> connectionOf(long sessionId);
}

package com.adhocsupport.interfaces.agent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.Session;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Agent connections of this node in memory; a newer connection of the same PC replaces the older one. */
@ApplicationScoped
public class LocalAgentRegistry implements AgentRegistry {

    private final Map<Long, Session> connections = new ConcurrentHashMap<>();

    @Override
    public void register(long sessionId, Session connection) {
        Session older = connections.put(sessionId, connection);
        if (older != null && older != connection) {
            AgentMessages.closeQuietly(older, AgentMessages.REPLACED);
        }
    }

    @Override
    public void unregister(long sessionId, Session connection) {
        connections.remove(sessionId, connection);
    }

    @Override
    public Optional<Session> connectionOf(long sessionId) {
        return Optional.ofNullable(connections.get(sessionId)).filter(Session::isOpen);
    }
}

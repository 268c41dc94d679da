package com.adhocsupport.interfaces.agent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.Session;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The connections of this node in memory; a newer agent connection of the same PC replaces the older one. */
@ApplicationScoped
public class LocalAgentConnections implements AgentConnections {

    private final Map<Long, Session> connections = new ConcurrentHashMap<>();
    private final Map<String, Channel> channels = new ConcurrentHashMap<>();

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

    @Override
    public Set<Long> connectedSessions() {
        return connections.entrySet().stream().filter(e -> e.getValue().isOpen()).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    @Override
    public void addChannel(Channel channel) {
        channels.put(channel.id(), channel);
    }

    @Override
    public void removeChannel(Channel channel) {
        channels.remove(channel.id(), channel);
    }

    @Override
    public Optional<Channel> channel(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(channels.get(id));
    }

    @Override
    public List<Channel> channelsOf(long sessionId) {
        return channels.values().stream().filter(c -> c.connection().sessionId() == sessionId).toList();
    }
}

package com.adhocsupport.interfaces.agent;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;
import java.util.Map;

/**
 * Refuses browsers: the agent sends no Origin header, a web page always does, so no page on any
 * site can open the agent endpoint with a visitor's network position. Keeps the client's address
 * with each connection (see {@link SourceAddressFilter}).
 */
public class AgentEndpointConfigurator extends ServerEndpointConfig.Configurator {

    static final String SOURCE = "adhoc.source";

    @Override
    public boolean checkOrigin(String originHeaderValue) {
        return originHeaderValue == null || originHeaderValue.isEmpty();
    }

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        keepSourceAddress(config, request);
    }

    /** Keeps the address {@link SourceAddressFilter} put in the handshake with the connection (its configuration is its own). */
    static void keepSourceAddress(ServerEndpointConfig config, HandshakeRequest request) {
        String source = header(request, SourceAddressFilter.HEADER);
        if (source != null) {
            config.getUserProperties().put(SOURCE, source);
        }
    }

    /** The client's address as the container saw it at the handshake, for the throttles and the audit trail. */
    static String remoteAddress(Session session) {
        return session.getUserProperties().get(SOURCE) instanceof String address ? address : null;
    }

    /** The first value of a request header, whatever the case of its name; null without one. */
    static String header(HandshakeRequest request, String name) {
        List<String> values = request.getHeaders().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst().orElse(List.of());
        return values.isEmpty() ? null : values.get(0);
    }
}

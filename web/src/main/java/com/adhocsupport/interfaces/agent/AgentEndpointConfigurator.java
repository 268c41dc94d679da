package com.adhocsupport.interfaces.agent;

import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpointConfig;
import java.net.InetSocketAddress;

/**
 * Refuses browsers: the agent sends no Origin header, a web page always does, so no page on any
 * site can open the agent endpoint with a visitor's network position.
 */
public class AgentEndpointConfigurator extends ServerEndpointConfig.Configurator {

    @Override
    public boolean checkOrigin(String originHeaderValue) {
        return originHeaderValue == null || originHeaderValue.isEmpty();
    }

    /** The peer's address where the server exposes it (Undertow does), for the audit trail. */
    static String remoteAddress(Session session) {
        Object address = session.getUserProperties().get("jakarta.websocket.endpoint.remoteAddress");
        if (address == null) {
            address = session.getUserProperties().get("javax.websocket.endpoint.remoteAddress");
        }
        return address instanceof InetSocketAddress inet ? inet.getAddress().getHostAddress() : null;
    }
}

package com.adhocsupport.interfaces.agent;

import com.adhocsupport.application.config.AdHocSettings;
import com.adhocsupport.interfaces.security.SameOriginFilter;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.Map;

/**
 * The viewer's handshake: a browser always sends an Origin, and it must be this site's (the
 * request's own host or the configured public address), so no other site's page can open a
 * connection with a technician's cookie (the signed-in technician is the session's principal).
 */
public class ViewerEndpointConfigurator extends ServerEndpointConfig.Configurator {

    static final String SAME_ORIGIN = "adhoc.sameOrigin";

    @Override
    public boolean checkOrigin(String originHeaderValue) {
        return originHeaderValue != null && !originHeaderValue.isBlank();
    }

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        Map<String, Object> properties = config.getUserProperties();
        String scheme = request.getRequestURI().getScheme();
        String own = ("wss".equals(scheme) || "https".equals(scheme) ? "https" : "http") + "://"
                + AgentEndpointConfigurator.header(request, "Host");
        String publicUrl = CDI.current().select(AdHocSettings.class).get().publicUrl();
        properties.put(SAME_ORIGIN, SameOriginFilter.isSameSite(AgentEndpointConfigurator.header(request, "Origin"), own, publicUrl));
        AgentEndpointConfigurator.keepSourceAddress(config, request);
    }
}

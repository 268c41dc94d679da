package com.adhocsupport.interfaces.agent;

import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.security.Principal;
import java.util.Optional;

/**
 * {@code /ws/viewer}: the technician's browser side of a connection. Reachable only signed in
 * (web.xml) and from this site's pages; the first frame presents the ticket the password prompt
 * issued. One instance per connection.
 */
@ServerEndpoint(value = "/ws/viewer", configurator = ViewerEndpointConfigurator.class)
public class ViewerEndpoint extends ConnectionEndpoint {

    static final CloseReason FOREIGN_ORIGIN = new CloseReason(CloseCodes.VIOLATED_POLICY, "not allowed from another site");

    @OnOpen
    public void open(Session session) {
        start(session);
        if (!Boolean.TRUE.equals(session.getUserProperties().get(ViewerEndpointConfigurator.SAME_ORIGIN))) {
            AgentMessages.closeQuietly(session, FOREIGN_ORIGIN);
        }
    }

    @Override
    Optional<Channel> admit(JsonObject firstFrame) {
        Principal technician = self.getUserPrincipal();
        return relay.join(self, field(firstFrame, "join", "ticket"), technician == null ? null : technician.getName());
    }

    @Override
    boolean isViewer() {
        return true;
    }
}

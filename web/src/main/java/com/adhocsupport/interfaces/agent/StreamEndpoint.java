package com.adhocsupport.interfaces.agent;

import jakarta.json.JsonObject;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.util.Optional;

/**
 * {@code /ws/stream}: the PC's side of a connection, opened by the worker the agent started.
 * Like the agent endpoint it refuses browsers; the first frame attaches to a waiting channel
 * with its single-use token. One instance per connection.
 */
@ServerEndpoint(value = "/ws/stream", configurator = AgentEndpointConfigurator.class)
public class StreamEndpoint extends ConnectionEndpoint {

    @OnOpen
    public void open(Session session) {
        start(session);
    }

    @Override
    Optional<Channel> admit(JsonObject firstFrame) {
        return relay.attach(self, field(firstFrame, "attach", "channel"), field(firstFrame, "attach", "token"), source);
    }

    @Override
    boolean isViewer() {
        return false;
    }
}

package com.adhocsupport.interfaces.agent;

import com.adhocsupport.application.SessionEnded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;

/**
 * Tells a PC connected to this node that its session ended, as soon as the end is committed.
 * A PC connected to another node learns it at its next heartbeat.
 */
@ApplicationScoped
public class AgentNotifier {

    @Inject
    AgentConnections openConnections;

    void sessionEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionEnded ended) {
        openConnections.connectionOf(ended.sessionId()).ifPresent(connection -> {
            AgentMessages.send(connection, Json.createObjectBuilder().add("type", "end")
                    .add("reason", ended.reason().name()).build());
            AgentMessages.closeQuietly(connection, AgentMessages.DONE);
        });
    }
}

package com.adhocsupport.interfaces.agent;

import com.adhocsupport.application.ActivationResult;
import com.adhocsupport.application.AgentSessionService;
import com.adhocsupport.application.AgentSessionService.ComputerInfo;
import com.adhocsupport.application.SessionSummary;
import com.adhocsupport.domain.session.ActivationRefusal;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * {@code /ws/agent}: the one outbound connection of each PC's agent (docs/protocol.md). A
 * connection first activates a session with the security code or identifies itself with its
 * credential; after that it carries heartbeats and the end of the session. Until then it is held to
 * the bounds of {@link AdmissionControl}. One instance per connection.
 */
@ServerEndpoint(value = "/ws/agent", configurator = AgentEndpointConfigurator.class)
public class AgentEndpoint {

    /** Without a frame for this long (heartbeats come every 20 s) the PC counts as offline. */
    static final long IDLE_TIMEOUT_MS = 60_000;
    private static final Logger LOG = Logger.getLogger(AgentEndpoint.class.getName());
    static final int MAX_FRAME = 64 * 1024;
    private static final int MAX_ACTIVATIONS_PER_CONNECTION = 10;

    @EJB
    AgentSessionService agents;
    @Inject
    AgentConnections openConnections;
    @Inject
    AdmissionControl admissions;
    @Inject
    ClusterDispatch cluster;

    private MessageParts parts = new MessageParts(AdmissionControl.MAX_UNADMITTED_TEXT, 0);
    private Session connection;
    private String source;
    private Admission admission;
    private int activationAttempts;
    /** Set after a code was accepted, until the PC reports the hidden account. */
    private ActivationResult.Provisioned provisioning;
    /** Set once the PC is known: its session and credential. */
    private Long sessionId;
    private String credential;

    @OnOpen
    public void open(Session session) {
        connection = session;
        connection.setMaxIdleTimeout(IDLE_TIMEOUT_MS);
        source = AgentEndpointConfigurator.remoteAddress(session);
        admission = admissions.open(session, source);
    }

    /** Parts of a text message as they arrive (see {@link MessageParts}). */
    @OnMessage
    public void part(String part, boolean last) {
        try {
            parts.text(part, last).ifPresent(this::message);
        } catch (MessageParts.TooBigException e) {
            AgentMessages.closeQuietly(connection, AgentMessages.TOO_BIG);
        }
    }

    /** The protocol has no binary messages: the first part of one closes the connection, nothing is kept. */
    @OnMessage
    public void binary(ByteBuffer part, boolean last) {
        AgentMessages.closeQuietly(connection, AgentMessages.NOT_TEXT);
    }

    private void message(String frame) {
        if (!admission.allowsMessage()) {
            return;
        }
        Optional<JsonObject> parsed = AgentMessages.parse(frame);
        if (parsed.isEmpty()) {
            AgentMessages.closeQuietly(connection, AgentMessages.MALFORMED);
            return;
        }
        JsonObject message = parsed.get();
        switch (message.getString("type")) {
            case "activate" -> activate(message);
            case "provisioned" -> provisioned(message);
            case "hello" -> hello(message);
            case "ping" -> ping(message);
            case "endByUser" -> endByUser();
            default -> AgentMessages.send(connection, AgentMessages.message("error")
                    .add("message", "unknown message type").build());
        }
    }

    private void activate(JsonObject message) {
        if (++activationAttempts > MAX_ACTIVATIONS_PER_CONNECTION) {
            AgentMessages.closeQuietly(connection, AgentMessages.TOO_MANY_TRIES);
            return;
        }
        JsonObject computer = message.get("computer") instanceof JsonObject c ? c : JsonObject.EMPTY_JSON_OBJECT;
        ActivationResult result = agents.activate(AgentMessages.text(message, "token"), AgentMessages.text(message, "code"),
                new ComputerInfo(AgentMessages.text(computer, "name"), AgentMessages.text(computer, "os")), source);
        if (result instanceof ActivationResult.Refused refused) {
            refuse(refused);
            return;
        }
        provisioning = (ActivationResult.Provisioned) result;
        admit();
        AgentMessages.send(connection, AgentMessages.message("provision")
                .add("sessionId", String.valueOf(provisioning.sessionId()))
                .add("technician", provisioning.technicianName())
                .add("account", AgentMessages.object().add("password", provisioning.accessPassword()))
                .build());
    }

    private void provisioned(JsonObject message) {
        if (provisioning == null) {
            AgentMessages.closeQuietly(connection, AgentMessages.UNAUTHENTICATED);
            return;
        }
        ActivationResult.Provisioned done = provisioning;
        provisioning = null;
        if (!message.getBoolean("ok", false)) {
            agents.accountRefused(done.credential(), source);
            refuse(ActivationRefusal.PASSWORD_POLICY);
            AgentMessages.closeQuietly(connection, AgentMessages.DONE);
            return;
        }
        connected(done.sessionId(), done.credential());
        AgentMessages.send(connection, AgentMessages.message("activated")
                .add("sessionId", String.valueOf(done.sessionId()))
                .add("credential", done.credential())
                .add("technician", done.technicianName())
                .add("expiresAt", done.expiresAt().toString())
                .build());
    }

    private void hello(JsonObject message) {
        String presented = AgentMessages.text(message, "credential");
        Optional<SessionSummary> session = agents.reconnect(presented, source);
        if (session.isEmpty()) {
            AgentMessages.sendEnd(connection, agents.endReason(presented).name());
            return;
        }
        connected(session.get().id(), presented);
        admit();
        AgentMessages.send(connection, AgentMessages.message("welcome")
                .add("technician", session.get().technicianName())
                .add("expiresAt", session.get().expiresAt().toString())
                .build());
    }

    /** A heartbeat: answered at once, without the database (the node vouches for its connections in rounds, {@link AgentPresence}). */
    private void ping(JsonObject message) {
        if (credential == null) {
            AgentMessages.closeQuietly(connection, AgentMessages.UNAUTHENTICATED);
            return;
        }
        AgentMessages.send(connection, AgentMessages.message("pong")
                .add("t", message.getJsonNumber("t") == null ? Instant.now().toEpochMilli() : message.getJsonNumber("t").longValue())
                .build());
    }

    private void endByUser() {
        if (credential == null) {
            AgentMessages.closeQuietly(connection, AgentMessages.UNAUTHENTICATED);
            return;
        }
        agents.endedByUser(credential, source);
        AgentMessages.sendEnd(connection, "ENDED_BY_USER");
    }

    private void connected(long id, String presented) {
        sessionId = id;
        credential = presented;
        openConnections.register(id, connection);
        LOG.info(() -> "agent of session " + id + " connected to node " + cluster.nodeName().orElse("(single server)"));
    }

    /** The PC proved itself (a code or its credential was accepted): the larger bounds of docs/protocol.md apply. */
    private void admit() {
        if (!admission.isAdmitted()) {
            parts = new MessageParts(MAX_FRAME, 0);
            admission.admit();
        }
    }

    private void refuse(ActivationRefusal refusal) {
        refuse(new ActivationResult.Refused(refusal));
    }

    /** A refusal that comes with a wait says it in the message and, in seconds, in {@code retryAfter}. */
    private void refuse(ActivationResult.Refused refused) {
        JsonObjectBuilder message = AgentMessages.message("refused").add("reason", refused.refusal().name());
        if (refused.retryAfter().isZero()) {
            message.add("message", refused.refusal().message());
        } else {
            message.add("message", refused.refusal().message(refused.retryAfter()))
                    .add("retryAfter", Math.max(1, refused.retryAfter().toSeconds()));
        }
        AgentMessages.send(connection, message.build());
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        admission.closed();
        if (sessionId != null) {
            openConnections.unregister(sessionId, session);
            if (openConnections.connectionOf(sessionId).isEmpty()) {
                agents.disconnected(credential, source);
            }
        }
    }
}

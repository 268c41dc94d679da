package com.adhocsupport.interfaces.agent;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.Session;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * What both ends of a connection do (docs/protocol.md, "Connections"): reassemble messages
 * within the limits, let the first frame admit the connection (until then the bounds of
 * {@link AdmissionControl} apply), relay the rest, and close the whole connection when one end leaves. Subclasses say who they are and open; the message
 * and close handlers here serve both (Undertow finds annotated methods of superclasses).
 */
public abstract class ConnectionEndpoint {

    @Inject
    ConnectionRelay relay;
    @Inject
    AdmissionControl admissions;

    private MessageParts parts = new MessageParts(AdmissionControl.MAX_UNADMITTED_TEXT, 0);
    Session self;
    String source;
    private Channel channel;
    private Admission admission;
    /** Whether the first frame arrived (it admits the connection or closes it). */
    private boolean firstFrameRead;

    /** Joins the connection with its first frame (null when it was not a JSON object); empty when refused. */
    abstract Optional<Channel> admit(JsonObject firstFrame);

    /** Whether this end is the technician's viewer (else the PC's worker). */
    abstract boolean isViewer();

    void start(Session session) {
        self = session;
        self.setMaxIdleTimeout(0);
        source = AgentEndpointConfigurator.remoteAddress(session);
        admission = admissions.open(session, source);
    }

    @OnMessage
    public void text(String part, boolean last) {
        try {
            parts.text(part, last).ifPresent(this::message);
        } catch (MessageParts.TooBigException e) {
            close(AgentMessages.TOO_BIG);
        }
    }

    @OnMessage
    public void binary(ByteBuffer part, boolean last) {
        try {
            Optional<ByteBuffer> whole = parts.binary(part, last);
            if (whole.isPresent() && channel != null) {
                relay.binary(channel, whole.get(), isViewer());
            }
        } catch (MessageParts.TooBigException e) {
            close(AgentMessages.TOO_BIG);
        }
    }

    private void message(String frame) {
        if (!admission.allowsMessage()) {
            return;
        }
        if (!firstFrameRead) {
            firstFrameRead = true;
            channel = admit(AgentMessages.parse(frame).orElse(null)).orElse(null);
            if (channel != null) {
                parts = new MessageParts(ConnectionRelay.MAX_TEXT, ConnectionRelay.MAX_BINARY);
                admission.admit();
            }
        } else if (channel != null) {
            relay.text(channel, frame, isViewer());
        }
    }

    private void close(CloseReason reason) {
        if (channel != null) {
            relay.close(channel, reason, source);
        } else {
            AgentMessages.closeQuietly(self, reason);
        }
    }

    @OnClose
    public void closed() {
        admission.closed();
        if (channel != null) {
            relay.close(channel, ConnectionRelay.PEER_LEFT, source);
        }
    }

    /** The string field {@code name} of a first frame of type {@code type}, or null. */
    static String field(JsonObject frame, String type, String name) {
        return frame != null && type.equals(frame.getString("type")) ? AgentMessages.text(frame, name) : null;
    }
}

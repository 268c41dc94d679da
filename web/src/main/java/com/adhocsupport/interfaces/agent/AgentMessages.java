package com.adhocsupport.interfaces.agent;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.Session;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Reading and writing the JSON frames of docs/protocol.md, and closing connections with a reason. */
final class AgentMessages {

    private static final Logger LOG = Logger.getLogger(AgentMessages.class.getName());
    /**
     * Json's static factories look the provider up again on every call (a ServiceLoader scan that
     * was most of a heartbeat's CPU); this one lookup serves every frame.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final CloseReason DONE = new CloseReason(CloseCodes.NORMAL_CLOSURE, "session over");
    static final CloseReason REPLACED = new CloseReason(CloseCodes.NORMAL_CLOSURE, "replaced by a newer connection");
    static final CloseReason MALFORMED = new CloseReason(CloseCodes.NOT_CONSISTENT, "malformed message");
    static final CloseReason NOT_TEXT = new CloseReason(CloseCodes.CANNOT_ACCEPT, "binary messages are not accepted here");
    static final CloseReason TOO_BIG = new CloseReason(CloseCodes.TOO_BIG, "message too big");
    static final CloseReason UNAUTHENTICATED = new CloseReason(CloseCodes.VIOLATED_POLICY, "not authenticated");
    static final CloseReason TOO_MANY_TRIES = new CloseReason(CloseCodes.VIOLATED_POLICY, "too many activation attempts");

    private AgentMessages() {
    }

    /** The parsed object, or empty when the frame is not a JSON object with a string "type". */
    static Optional<JsonObject> parse(String frame) {
        try (JsonReader reader = JSON.createReader(new StringReader(frame))) {
            JsonObject message = reader.readObject();
            return message.get("type") instanceof jakarta.json.JsonString ? Optional.of(message) : Optional.empty();
        } catch (JsonParsingException | IllegalStateException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /** A message of the protocol: an object with its {@code type}. */
    static JsonObjectBuilder message(String type) {
        return object().add("type", type);
    }

    static JsonObjectBuilder object() {
        return JSON.createObjectBuilder();
    }

    static void send(Session connection, JsonObject message) {
        send(connection, message.toString());
    }

    static void send(Session connection, String message) {
        if (!connection.isOpen()) {
            return;
        }
        try {
            synchronized (connection) {
                connection.getBasicRemote().sendText(message);
            }
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.FINE, "Could not send to agent connection " + connection.getId(), e);
        }
    }

    /** The session is over: tells the PC why (docs/protocol.md, {@code end}) and closes its connection. */
    static void sendEnd(Session connection, String reason) {
        send(connection, message("end").add("reason", reason).build());
        closeQuietly(connection, DONE);
    }

    static void closeQuietly(Session connection, CloseReason reason) {
        try {
            if (connection.isOpen()) {
                connection.close(reason);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing agent connection " + connection.getId() + " failed", e);
        }
    }

    static String text(JsonObject message, String name) {
        return message.get(name) instanceof jakarta.json.JsonString ? message.getString(name) : null;
    }
}

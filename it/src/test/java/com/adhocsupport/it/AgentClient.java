package com.adhocsupport.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Speaks docs/protocol.md to the server as the Windows agent does (or, on other paths, as a
 * connection worker or a viewer), for tests of the server's side. Like the agent and the worker,
 * their clients connect only when they first send (the server closes a connection that has not
 * proven itself within 10 s); a viewer's connects at once.
 */
public final class AgentClient implements AutoCloseable {

    public static final String SERVER = "ws://127.0.0.1:" + ServerAddress.httpPort();
    public static final String URL = SERVER + "/ws/agent";

    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<byte[]> receivedBinary = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final Supplier<CompletableFuture<WebSocket>> opening;
    private WebSocket socket;

    private AgentClient(WebSocket.Builder builder, String url, boolean atOnce) {
        WebSocket.Listener listener = new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();
            private final ByteArrayOutputStream partialBinary = new ByteArrayOutputStream();

            @Override
            public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
                byte[] bytes = new byte[data.remaining()];
                data.get(bytes);
                partialBinary.writeBytes(bytes);
                if (last) {
                    receivedBinary.add(partialBinary.toByteArray());
                    partialBinary.reset();
                }
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    try (JsonReader reader = Json.createReader(new StringReader(partial.toString()))) {
                        received.add(reader.readObject());
                    }
                    partial.setLength(0);
                }
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
                closeCode.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket ws, Throwable error) {
                closeCode.complete(-1);
            }
        };
        opening = () -> builder.buildAsync(URI.create(url), listener);
        if (atOnce) {
            socket();
        }
    }

    private synchronized WebSocket socket() {
        if (socket == null) {
            socket = opening.get().join();
        }
        return socket;
    }

    public static AgentClient connect() {
        return new AgentClient(HttpClient.newHttpClient().newWebSocketBuilder(), URL, false);
    }

    /** Opens at once: the handshake is what the test is about. */
    public static AgentClient connectWithOrigin(String origin) {
        return new AgentClient(HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", origin), URL, true);
    }

    /** A connection worker's socket, {@code /ws/stream}. */
    public static AgentClient connectWorker() {
        return new AgentClient(HttpClient.newHttpClient().newWebSocketBuilder(), SERVER + "/ws/stream", false);
    }

    /** A viewer's socket, {@code /ws/viewer}, with a browser's Origin and (when not null) its session cookie. */
    public static AgentClient connectViewer(String origin, String sessionCookie) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", origin);
        if (sessionCookie != null) {
            builder.header("Cookie", "JSESSIONID=" + sessionCookie);
        }
        return new AgentClient(builder, SERVER + "/ws/viewer", true);
    }

    public AgentClient sendBinary(byte[] data) {
        socket().sendBinary(ByteBuffer.wrap(data), true).join();
        return this;
    }

    /** The next binary message from the server; fails after 10 s. */
    public byte[] nextBinary() throws InterruptedException {
        byte[] message = receivedBinary.poll(10, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("no binary message from the server within 10 s");
        }
        return message;
    }

    /** The next message of {@code type}, skipping others; fails after 10 s without one. */
    public JsonObject next(String type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            JsonObject message = received.poll(100, TimeUnit.MILLISECONDS);
            if (message != null && type.equals(message.getString("type", ""))) {
                return message;
            }
        }
        throw new AssertionError("no " + type + " message from the server within 10 s");
    }

    public AgentClient send(String json) {
        socket().sendText(json, true).join();
        return this;
    }

    public AgentClient send(JsonObject message) {
        return send(message.toString());
    }

    /** The next message from the server; fails after 10 s. */
    public JsonObject next() throws InterruptedException {
        JsonObject message = received.poll(10, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("no message from the server within 10 s");
        }
        return message;
    }

    /** The close code the server sent, waiting up to 10 s. */
    public int closeCode() throws Exception {
        return closeCode.get(10, TimeUnit.SECONDS);
    }

    /** Activates a session like the agent: code, then a successful hidden account. Returns "activated". */
    public JsonObject activate(String token, String code) throws InterruptedException {
        send(Json.createObjectBuilder().add("type", "activate").add("token", token).add("code", code)
                .add("computer", Json.createObjectBuilder().add("name", "PC-TEST").add("os", "Windows 11 Pro")).build());
        JsonObject provision = next();
        if (!"provision".equals(provision.getString("type"))) {
            return provision;
        }
        send("{\"type\":\"provisioned\",\"ok\":true}");
        return next();
    }

    @Override
    public synchronized void close() {
        if (socket == null) {
            return;
        }
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }
}

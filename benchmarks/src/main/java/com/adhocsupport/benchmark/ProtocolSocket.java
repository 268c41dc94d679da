package com.adhocsupport.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One WebSocket of docs/protocol.md (agent, worker or viewer) on a shared {@link HttpClient}.
 * Text messages are JSON objects handed to a listener (or queued for {@link #next}); binary
 * parts go to a {@link BinaryListener} without copying. Sends are chained, since the JDK client
 * allows one outstanding send per socket.
 */
final class ProtocolSocket {

    /** Receives binary messages part by part, on the client's I/O thread. */
    interface BinaryListener {
        void part(ByteBuffer data, boolean last);
    }

    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private volatile Consumer<JsonObject> textListener;
    private volatile BinaryListener binaryListener;
    private CompletableFuture<?> lastSend = CompletableFuture.completedFuture(null);
    private WebSocket socket;

    private ProtocolSocket() {
    }

    /** Opens the socket; {@code origin} and {@code cookie} only when not null (a browser's viewer has both). */
    static CompletableFuture<ProtocolSocket> open(HttpClient http, String url, String origin, String cookie) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (origin != null) {
            headers.put("Origin", origin);
        }
        if (cookie != null) {
            headers.put("Cookie", "JSESSIONID=" + cookie);
        }
        return open(http, url, headers);
    }

    /** With these request headers on the handshake (a balancer's cookie, a trusted proxy's forwarded scheme). */
    static CompletableFuture<ProtocolSocket> open(HttpClient http, String url, Map<String, String> headers) {
        ProtocolSocket protocol = new ProtocolSocket();
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(java.time.Duration.ofSeconds(30));
        headers.forEach(builder::header);
        return builder.buildAsync(URI.create(url), protocol.new Listener()).thenApply(ws -> {
            protocol.socket = ws;
            return protocol;
        });
    }

    void onText(Consumer<JsonObject> listener) {
        textListener = listener;
    }

    void onBinary(BinaryListener listener) {
        binaryListener = listener;
    }

    synchronized CompletableFuture<?> send(String json) {
        lastSend = lastSend.handle((r, e) -> null).thenCompose(x -> socket.sendText(json, true));
        return lastSend;
    }

    /** Sends a binary message; {@code prepare} runs just before the bytes are handed to the socket. */
    synchronized CompletableFuture<?> sendBinary(ByteBuffer data, Runnable prepare) {
        lastSend = lastSend.handle((r, e) -> null).thenCompose(x -> {
            prepare.run();
            return socket.sendBinary(data, true);
        });
        return lastSend;
    }

    /** The next JSON message of {@code type} (others are skipped); fails after {@code seconds}. */
    JsonObject next(String type, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            JsonObject message = received.poll(50, TimeUnit.MILLISECONDS);
            if (message != null && type.equals(message.getString("type", ""))) {
                return message;
            }
            if (message == null && closed.isDone()) {
                throw new IllegalStateException("closed with " + closed.join() + " while waiting for " + type);
            }
        }
        throw new IllegalStateException("no " + type + " message within " + seconds + " s");
    }

    boolean isClosed() {
        return closed.isDone();
    }

    CompletableFuture<Integer> closeCode() {
        return closed;
    }

    void close() {
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS)
                    .whenComplete((r, e) -> socket.abort());
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonObject message;
                try (JsonReader reader = Json.createReader(new StringReader(partial.toString()))) {
                    message = reader.readObject();
                }
                partial.setLength(0);
                Consumer<JsonObject> listener = textListener;
                if (listener != null) {
                    listener.accept(message);
                }
                received.add(message);
                if (received.size() > 1000) {
                    received.poll();
                }
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            BinaryListener listener = binaryListener;
            if (listener != null) {
                listener.part(data, last);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed.complete(-1);
        }
    }
}

package com.adhocsupport.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * An agent's control connection as the Windows service keeps it (docs/protocol.md): activated
 * with the security code, or back with its credential, then a heartbeat every 20 s.
 */
final class PcAgent {

    /** What an activated agent keeps to come back: its session and credential. */
    record Credential(long sessionId, String credential) {
        static Credential parse(String line) {
            String[] parts = line.trim().split(" ");
            return new Credential(Long.parseLong(parts[0]), parts[1]);
        }

        String line() {
            return sessionId + " " + credential;
        }
    }

    private static final long PING_MILLIS = 20_000;

    private final ProtocolSocket socket;
    private ScheduledFuture<?> heartbeat;
    private Credential credential;

    private PcAgent(ProtocolSocket socket) {
        this.socket = socket;
    }

    static CompletableFuture<PcAgent> connect(HttpClient http, String wsBase) {
        return connect(http, wsBase, Map.of());
    }

    static CompletableFuture<PcAgent> connect(HttpClient http, String wsBase, Map<String, String> headers) {
        return ProtocolSocket.open(http, wsBase + "/ws/agent", headers).thenApply(PcAgent::new);
    }

    /** Types the code and reports the hidden account created; the agent is then known. */
    Credential activate(String token, String code) throws InterruptedException {
        socket.send(Json.createObjectBuilder().add("type", "activate").add("token", token).add("code", code)
                .add("computer", Json.createObjectBuilder().add("name", "PC-BENCH").add("os", "Windows 11 Pro")).build().toString());
        socket.next("provision", 60);
        socket.send("{\"type\":\"provisioned\",\"ok\":true}");
        JsonObject activated = socket.next("activated", 60);
        credential = new Credential(Long.parseLong(activated.getString("sessionId")), activated.getString("credential"));
        return credential;
    }

    /** Comes back with a credential; false when the server ended that session. */
    CompletableFuture<Boolean> hello(Credential known) {
        credential = known;
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        socket.onText(message -> {
            String type = message.getString("type", "");
            if (type.equals("welcome")) {
                answer.complete(true);
            } else if (type.equals("end")) {
                answer.complete(false);
            }
        });
        socket.closeCode().thenRun(() -> answer.complete(false));
        socket.send(Json.createObjectBuilder().add("type", "hello").add("sessionId", String.valueOf(known.sessionId()))
                .add("credential", known.credential()).build().toString());
        return answer;
    }

    /** Sends {@code ping} every 20 s from a random phase, as many PCs would. */
    void keepAlive(ScheduledExecutorService scheduler) {
        long phase = ThreadLocalRandom.current().nextLong(PING_MILLIS);
        heartbeat = scheduler.scheduleAtFixedRate(() -> {
            if (!socket.isClosed()) {
                socket.send("{\"type\":\"ping\",\"t\":" + System.currentTimeMillis() + "}");
            }
        }, phase, PING_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Every {@code open} the server asks for (a viewer joined a connection of this PC). */
    void onOpen(Consumer<JsonObject> listener) {
        socket.onText(message -> {
            if ("open".equals(message.getString("type", ""))) {
                listener.accept(message);
            }
        });
    }

    Credential credential() {
        return credential;
    }

    boolean isConnected() {
        return !socket.isClosed();
    }

    void close() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        socket.close();
    }
}

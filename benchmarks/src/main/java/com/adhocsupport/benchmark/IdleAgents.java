package com.adhocsupport.benchmark;

import com.adhocsupport.it.ConsoleClient;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many PCs whose agents are connected and idle. Each needs an activated session of its own (a
 * newer connection of the same session replaces the older), and the console lets a technician
 * hold one open session, so every PC gets a technician: the administrator adds one, it signs
 * in and invites, the agent activates. That costs five PBKDF2 hashes on the server per PC, so
 * the credentials are kept in a file and later runs only come back with {@code hello}.
 */
final class IdleAgents {

    private final String base;
    private final String wsBase;
    private final Path credentialsFile;
    private final Map<String, String> headers;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<PcAgent> connected = new ArrayList<>();

    IdleAgents(String base, Path credentialsFile) {
        this(base, credentialsFile, Map.of());
    }

    /** Agents whose handshakes carry these headers (a trusted proxy's forwarded scheme, say). */
    IdleAgents(String base, Path credentialsFile, Map<String, String> headers) {
        this.base = base;
        this.wsBase = base.replaceFirst("^http", "ws");
        this.credentialsFile = credentialsFile;
        this.headers = headers;
    }

    List<PcAgent.Credential> known() throws IOException {
        if (!Files.exists(credentialsFile)) {
            return new ArrayList<>();
        }
        List<PcAgent.Credential> all = new ArrayList<>();
        for (String line : Files.readAllLines(credentialsFile)) {
            if (!line.isBlank()) {
                all.add(PcAgent.Credential.parse(line));
            }
        }
        return all;
    }

    void forget() throws IOException {
        Files.deleteIfExists(credentialsFile);
    }

    /** Activates {@code count} more PCs, {@code parallel} at a time, and keeps their credentials. */
    void activate(int count, int parallel, String adminEmail, String adminPassword, String techPassword, String accessPassword)
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < parallel; w++) {
            workers.add(pool.submit(() -> {
                ConsoleClient admin = new ConsoleClient(base).signIn(adminEmail, adminPassword);
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    String email = "bench-" + run + "-" + i + "@provider.example";
                    admin.addTechnician(email, "Bench Tech " + run + " " + i, techPassword);
                    ConsoleClient.Invitation invitation = new ConsoleClient(base).signIn(email, techPassword)
                            .invite("pc-" + run + "-" + i + "@customer.example", accessPassword);
                    PcAgent agent = PcAgent.connect(http, wsBase).join();
                    PcAgent.Credential credential = agent.activate(invitation.token(), invitation.code());
                    agent.close();
                    synchronized (this) {
                        Files.writeString(credentialsFile, credential.line() + "\n", StandardCharsets.UTF_8,
                                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    }
                    int n = done.incrementAndGet();
                    if (n % 100 == 0 || n == count) {
                        System.out.printf("  %d/%d PCs activated (%.1f s each)%n", n, count,
                                (System.nanoTime() - started) / 1e9 / n);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
    }

    /**
     * Connects these PCs with their credentials, 20 at a time (the server lets one address have 20
     * connections waiting for admission); returns how many were welcomed.
     */
    int connect(List<PcAgent.Credential> credentials, ScheduledExecutorService scheduler) {
        int welcomed = 0;
        for (int from = 0; from < credentials.size(); from += 20) {
            List<CompletableFuture<PcAgent>> batch = new ArrayList<>();
            for (PcAgent.Credential credential : credentials.subList(from, Math.min(credentials.size(), from + 20))) {
                batch.add(PcAgent.connect(http, wsBase, headers).thenCompose(agent -> agent.hello(credential)
                        .thenApply(ok -> ok ? agent : null)).orTimeout(60, TimeUnit.SECONDS));
            }
            for (CompletableFuture<PcAgent> pending : batch) {
                PcAgent agent = pending.join();
                if (agent != null) {
                    agent.keepAlive(scheduler);
                    connected.add(agent);
                    welcomed++;
                }
            }
        }
        return welcomed;
    }

    int stillConnected() {
        return (int) connected.stream().filter(PcAgent::isConnected).count();
    }

    void disconnectAll() {
        connected.forEach(PcAgent::close);
        connected.clear();
    }
}

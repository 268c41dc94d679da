package com.adhocsupport.benchmark;

import com.adhocsupport.it.ConsoleClient;
import com.adhocsupport.remotebench.ProcessCpu;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The relay load benchmark against a running server (started by relay-benchmark.sh): first N
 * concurrent Remote Control streams through /ws/stream and /ws/viewer with their latency,
 * throughput, server CPU and heap, with the company's session recording off and then on
 * (benchmark.recording) and what the recordings stored; then K idle connected agents and the
 * heap they take.
 * Prints one table and writes it as Markdown to {@code benchmark.out}/relay.md.
 */
public final class RelayBenchmark {

    static final String ADMIN_EMAIL = "admin@provider.example";
    static final String ADMIN_PASSWORD = "Admin-Pa55word-1";
    static final String TECH_PASSWORD = "Tech-Pa55word-1";
    static final String ACCESS_PASSWORD = "Pc-Access-2026";
    static final int MAX_SEATS = 10_000;

    private final String base = System.getProperty("benchmark.base", "http://localhost:8580");
    private final String wsBase = base.replaceFirst("^http", "ws");
    private final Path out = Path.of(System.getProperty("benchmark.out", "target/benchmark"));
    private final ServerProbe server = new ServerProbe(Long.parseLong(System.getProperty("benchmark.serverPid")));
    private final int[] streamCounts = Arrays.stream(System.getProperty("benchmark.streams", "1,10,20").split(","))
            .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
    private final int seconds = Integer.getInteger("benchmark.seconds", 20);
    private final int warmup = Integer.getInteger("benchmark.warmup", 5);
    private final int agents = Integer.getInteger("benchmark.agents", 2000);
    private final int agentSteps = Integer.getInteger("benchmark.agentSteps", 4);
    private final int idleSeconds = Integer.getInteger("benchmark.idleSeconds", 40);
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final FrameRecording recording = new FrameRecording(900, 2026);
    private final List<String> recordingModes = Arrays.stream(System.getProperty("benchmark.recording", "off,on").split(","))
            .map(String::trim).toList();
    private final Path serverLog = Path.of(System.getProperty("benchmark.serverLog", "server.log"));
    private final List<String> streamRows = new ArrayList<>();
    private final List<String> recordingRows = new ArrayList<>();
    private final List<String> agentRows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        RelayBenchmark benchmark = new RelayBenchmark();
        try {
            benchmark.run();
        } finally {
            benchmark.scheduler.shutdownNow();
        }
        System.out.printf("Benchmark took %.0f s.%n", (System.nanoTime() - started) / 1e9);
        System.exit(0);
    }

    /** The token a fresh benchmark server wrote into its data folder (benchmark.setupTokenFile); "" once it is set up. */
    private static String setupToken() throws IOException {
        Path file = Path.of(System.getProperty("benchmark.setupTokenFile"));
        return Files.exists(file) ? Files.readString(file).trim() : "";
    }

    private void run() throws Exception {
        ConsoleClient admin = new ConsoleClient(base);
        IdleAgents idle = new IdleAgents(base, out.resolve("agents.txt"));
        if (admin.setUp(setupToken(), "Provider Ltd", "Ada Admin", ADMIN_EMAIL, ADMIN_PASSWORD)) {
            idle.forget(); // a new database: earlier credentials mean nothing
        }
        admin.signIn(ADMIN_EMAIL, ADMIN_PASSWORD).setSeats(MAX_SEATS);

        System.out.println("Streams: a technician, an activated session, its agent...");
        String email = "stream-" + UUID.randomUUID().toString().substring(0, 8) + "@provider.example";
        admin.addTechnician(email, "Stella Stream", TECH_PASSWORD);
        ConsoleClient technician = new ConsoleClient(base).signIn(email, TECH_PASSWORD);
        ConsoleClient.Invitation invitation = technician.invite("streams@customer.example", ACCESS_PASSWORD);
        HttpClient agentHttp = HttpClient.newHttpClient();
        PcAgent agent = PcAgent.connect(agentHttp, wsBase).join();
        long sessionId = agent.activate(invitation.token(), invitation.code()).sessionId();
        agent.keepAlive(scheduler);
        BlockingQueue<JsonObject> opens = new LinkedBlockingQueue<>();
        agent.onOpen(opens::add);

        PairOpener wildFly = throughWildFly(technician, sessionId, opens);
        String bareUrl = System.getProperty("benchmark.bareRelay");
        String barePid = System.getProperty("benchmark.bareRelayPid");
        StoredRecordings stored = new StoredRecordings(admin, serverLog);
        for (int n : streamCounts) {
            Run off = null;
            for (String mode : recordingModes) {
                boolean on = "on".equals(mode);
                admin.setRecording(on ? "ON" : "OFF");
                Set<Long> before = stored.listed();
                Run run = runStreams(on ? "WildFly, recorded" : "WildFly", n, wildFly, server);
                if (on) {
                    try {
                        recordingRows.add(recordingRow(n, off, run, stored, before));
                    } catch (IllegalStateException e) {
                        notes.add(n + " recorded streams: " + e.getMessage());
                    }
                } else {
                    off = run;
                }
            }
            if (bareUrl != null && barePid != null) {
                runStreams("bare Undertow", n, throughBareRelay(bareUrl), new ServerProbe(Long.parseLong(barePid)));
            }
        }
        if (agents > 0) {
            runIdleAgents(idle);
        }
        agent.close();
        report();
    }

    /** Opens the i-th of n stream pairs against one server. */
    private interface PairOpener {
        StreamPair open(int i, int n) throws Exception;
    }

    /** Through WildFly: a real ticket from the password prompt, the agent's open, the worker's attach. */
    private PairOpener throughWildFly(ConsoleClient technician, long sessionId, BlockingQueue<JsonObject> opens) {
        return (i, n) -> {
            String ticket = technician.ticket(sessionId, "REMOTE_CONTROL", ACCESS_PASSWORD);
            HttpClient http = HttpClient.newHttpClient();
            ProtocolSocket viewer = ProtocolSocket.open(http, wsBase + "/ws/viewer", base, technician.sessionCookie()).join();
            viewer.send(Json.createObjectBuilder().add("type", "join").add("ticket", ticket).build().toString());
            JsonObject open = opens.poll(30, TimeUnit.SECONDS);
            if (open == null) {
                throw new IllegalStateException("the agent was not asked to open a connection");
            }
            ProtocolSocket worker = ProtocolSocket.open(http, wsBase + "/ws/stream", null, null).join();
            worker.send(Json.createObjectBuilder().add("type", "attach").add("channel", open.getString("channel"))
                    .add("token", open.getString("token")).build().toString());
            worker.next("start", 30);
            viewer.next("status", 30);
            return new StreamPair(worker, viewer, recording, 900L * i / n);
        };
    }

    /** Through the bare Undertow relay (BareRelay): the same clients and frames, no application. */
    private PairOpener throughBareRelay(String url) {
        return (i, n) -> {
            String pair = UUID.randomUUID().toString();
            HttpClient http = HttpClient.newHttpClient();
            ProtocolSocket viewer = ProtocolSocket.open(http, url + "/ws/viewer?pair=" + pair, null, null).join();
            ProtocolSocket worker = ProtocolSocket.open(http, url + "/ws/stream?pair=" + pair, null, null).join();
            return new StreamPair(worker, viewer, recording, 900L * i / n);
        };
    }

    /** What one run of streams delivered and cost: updates/s, frame-end p50 and p99 ms, server CPU % of one core, its totals. */
    private record Run(double updates, double p50, double p99, double cpuPercent, StreamPair.Totals totals) {
    }

    private Run runStreams(String target, int n, PairOpener opener, ServerProbe probe) throws Exception {
        System.out.printf("%s, %d stream(s): connecting...%n", target, n);
        List<StreamPair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pairs.add(opener.open(i, n));
        }
        long period = 1_000_000 / StreamPair.FPS;
        for (int i = 0; i < n; i++) {
            pairs.get(i).start(scheduler, period * i / n);
        }
        System.out.printf("%s, %d stream(s): warming up %d s, measuring %d s...%n", target, n, warmup, seconds);
        Thread.sleep(warmup * 1000L);
        long[] machine0 = ProcessCpu.machineTicks();
        double cpu0 = probe.cpuSeconds();
        double own0 = ServerProbe.ownCpuSeconds();
        long t0 = System.nanoTime();
        pairs.forEach(StreamPair::measureFromNow);
        Thread.sleep(seconds * 1000L);
        pairs.forEach(StreamPair::stop);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        double cpu = probe.cpuSeconds() - cpu0;
        double own = ServerProbe.ownCpuSeconds() - own0;
        long[] machine1 = ProcessCpu.machineTicks();
        Thread.sleep(500); // the last frames arrive
        double heapUsed = probe.heapUsedMiB();
        double live = probe.liveHeapMiB();
        long threads = probe.threads();

        StreamPair.Totals totals = StreamPair.Totals.closing(pairs);
        Latencies rects = totals.rects();
        Latencies ends = totals.frameEnds();
        long frames = totals.frames();
        long bytes = totals.bytes();
        long skipped = totals.skipped();
        int open = totals.stillOpen();
        double busy = 100.0 * (machine1[0] - machine0[0]) / (machine1[1] - machine0[1]);
        streamRows.add(String.format(Locale.ROOT,
                "| %s | %d | %.1f (of %d) | %.1f | %.2f / %.2f / %.1f | %.2f / %.2f / %.1f | %.1f (%.0f%%) | %.1f | %.0f%% | %.0f / %.0f | %d |",
                target, n, frames / elapsed, n * StreamPair.FPS, bytes / elapsed / 1e6,
                ends.percentileMillis(50), ends.percentileMillis(99), ends.percentileMillis(100),
                rects.percentileMillis(50), rects.percentileMillis(99), rects.percentileMillis(100),
                cpu, 100 * cpu / elapsed, own, busy, heapUsed, live, threads));
        if (open < n) {
            notes.add(String.format("%s: %d of %d streams were closed during the %d-stream run.", target, n - open, n, n));
        }
        System.out.println(streamRows.get(streamRows.size() - 1) + "  (ticks skipped by flow control: " + skipped + ")");
        Thread.sleep(2000); // the server closes the workers and audits the ends
        return new Run(frames / elapsed, ends.percentileMillis(50), ends.percentileMillis(99), 100 * cpu / elapsed, totals);
    }

    /**
     * The recorded run beside the unrecorded one ({@code off}, null when not run) and what the n
     * recordings stored: bytes (per stream, and per hour of a stream), stored against what the relay
     * delivered (each event adds a 9-byte header), incomplete ones, gap events, chunks lost.
     */
    private String recordingRow(int n, Run off, Run on, StoredRecordings stored, Set<Long> before) throws Exception {
        long t = System.nanoTime();
        List<StoredRecordings.Stored> recordings = stored.awaitNew(before, n, 300);
        double closedAfter = (System.nanoTime() - t) / 1e9;
        long bytes = recordings.stream().mapToLong(StoredRecordings.Stored::bytes).sum();
        double hours = recordings.stream().mapToLong(StoredRecordings.Stored::lastAtMillis).sum() / 3.6e6;
        long relayed = on.totals().bytesInAll() + 9 * on.totals().messagesInAll();
        String row = String.format(Locale.ROOT,
                "| %d | %s / %.1f | %s / %.1f | %s / %.1f | %s / %.0f%% | %.0f MB in %.0f s | %.1f | %.1f%% | %d of %d | %d | %d | %.0f |",
                n, off == null ? "-" : String.format(Locale.ROOT, "%.1f", off.updates()), on.updates(),
                off == null ? "-" : String.format(Locale.ROOT, "%.1f", off.p50()), on.p50(),
                off == null ? "-" : String.format(Locale.ROOT, "%.1f", off.p99()), on.p99(),
                off == null ? "-" : String.format(Locale.ROOT, "%.0f%%", off.cpuPercent()), on.cpuPercent(),
                bytes / 1e6 / n, hours * 3600 / n, bytes / 1e9 / hours, 100.0 * bytes / relayed,
                recordings.stream().filter(StoredRecordings.Stored::incomplete).count(), n,
                recordings.stream().mapToInt(StoredRecordings.Stored::gaps).sum(),
                recordings.stream().mapToLong(StoredRecordings.Stored::chunksLost).sum(), closedAfter);
        System.out.println(row);
        return row;
    }

    private void runIdleAgents(IdleAgents idle) throws Exception {
        List<PcAgent.Credential> known = idle.known();
        if (known.size() < agents) {
            int missing = Math.min(agents - known.size(), MAX_SEATS - 10 - known.size());
            System.out.printf("Idle agents: %d known, activating %d more (five PBKDF2 hashes each on the server)...%n",
                    known.size(), missing);
            long t = System.nanoTime();
            double cpu = server.cpuSeconds();
            idle.activate(missing, 2, ADMIN_EMAIL, ADMIN_PASSWORD, TECH_PASSWORD, ACCESS_PASSWORD);
            notes.add(String.format(Locale.ROOT, "Activating %d PCs through the console took %.0f s and %.0f server CPU s.",
                    missing, (System.nanoTime() - t) / 1e9, server.cpuSeconds() - cpu));
            known = idle.known();
        }
        known = known.subList(0, Math.min(agents, known.size()));
        Thread.sleep(3000);
        double live0 = server.liveHeapMiB();
        double rss0 = server.residentMiB();
        agentRows.add(String.format(Locale.ROOT, "| 0 | %.0f | %.0f | %d | | | |", live0, rss0, server.threads()));
        double previousLive = live0;
        int previousHolding = 0;
        System.out.println(agentRows.get(0));
        int connected = 0;
        for (int step = 1; step <= agentSteps; step++) {
            int upTo = known.size() * step / agentSteps;
            int welcomed = idle.connect(known.subList(connected, upTo), scheduler);
            connected = upTo;
            Thread.sleep(3000);
            int holding = idle.stillConnected();
            double live = server.liveHeapMiB();
            double rss = server.residentMiB();
            double perAgentKiB = (live - live0) * 1024 / holding;
            double marginalKiB = (live - previousLive) * 1024 / (holding - previousHolding);
            agentRows.add(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %d | %.1f | %.1f | %.0f |", holding, live, rss,
                    server.threads(), perAgentKiB, marginalKiB, 1024 * 1024 / perAgentKiB));
            previousLive = live;
            previousHolding = holding;
            if (welcomed < known.size() / agentSteps) {
                notes.add("Only " + welcomed + " of the agents of step " + step + " were welcomed back.");
            }
            System.out.println(agentRows.get(agentRows.size() - 1));
        }
        double cpu0 = server.cpuSeconds();
        Thread.sleep(idleSeconds * 1000L);
        double cpu = server.cpuSeconds() - cpu0;
        notes.add(String.format(Locale.ROOT, "With %d idle agents pinging every 20 s the server used %.1f CPU s in %d s (%.1f%% of one core); %d were still connected.",
                idle.stillConnected(), cpu, idleSeconds, 100 * cpu / idleSeconds, idle.stillConnected()));
        idle.disconnectAll();
    }

    private void report() throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("## Relay load benchmark (").append(LocalDate.now()).append(")\n\n");
        md.append(String.format(Locale.ROOT, "Server: WildFly with -Xmx%s on %d cores shared with the load generator. "
                + "Recorded 1080p traffic: 30 screen updates/s per stream, 1-4 JPEG rects of 2-200 KiB (log-uniform, "
                + "mean %.0f KiB per update) and a 5-byte frame end; at most 2 updates unacknowledged. "
                + "Latency is one-way, worker send to last byte at the viewer, through the relay (an upper bound of what the relay adds). "
                + "Relay \"bare Undertow\" is the baseline: the same clients through undertow-core alone (BareRelay, same heap), "
                + "i.e. the floor set by the WebSocket engine, the clients and the shared cores. "
                + "%d s measured after %d s warm-up.%n%n", System.getProperty("benchmark.heap", "?"),
                Runtime.getRuntime().availableProcessors(), recording.meanBytesPerFrame() / 1024, seconds, warmup));
        md.append("| relay | streams | updates/s delivered | MB/s delivered | frame end p50 / p99 / max ms | JPEG rect p50 / p99 / max ms "
                + "| server CPU s (of one core) | client CPU s | machine busy | heap used / live after GC MiB | server threads |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        streamRows.forEach(r -> md.append(r).append('\n'));
        if (!recordingRows.isEmpty()) {
            md.append("\nSession recording (policy ON through the Account page), the recorded run beside the unrecorded one "
                    + "just before it: updates/s delivered, frame end p50 and p99 ms, server CPU (% of one core). Stored: the events "
                    + "each recording's download holds (what recording_chunk keeps), per stream and per hour of a stream; "
                    + "\"of relayed\": stored against the bytes the viewers received plus the 9-byte event header "
                    + "(below 100 %: chunks lost). Chunks lost: the server's warnings; \"closed after\": seconds from the "
                    + "streams' end until every recording was closed.\n\n");
            md.append("| streams | updates/s off / on | p50 ms off / on | p99 ms off / on | server CPU off / on | stored per stream "
                    + "| GB per stream-hour | of relayed | incomplete | gap events | chunks lost | closed after s |\n");
            md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            recordingRows.forEach(r -> md.append(r).append('\n'));
        }
        if (!agentRows.isEmpty()) {
            md.append("\n| idle agents connected | live heap after full GC MiB | server RSS MiB | server threads | heap per agent KiB (vs 0) | KiB per agent (vs previous row) | agents per GiB of heap (vs 0) |\n");
            md.append("|---|---|---|---|---|---|---|\n");
            agentRows.forEach(r -> md.append(r).append('\n'));
        }
        md.append('\n');
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        Files.createDirectories(out);
        Files.writeString(out.resolve("relay.md"), md.toString());
        System.out.println();
        System.out.println(md);
        System.out.println("(written to " + out.resolve("relay.md") + ")");
    }
}

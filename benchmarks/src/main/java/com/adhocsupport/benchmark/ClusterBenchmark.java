package com.adhocsupport.benchmark;

import com.adhocsupport.it.Cluster;
import com.adhocsupport.it.ConsoleClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The cluster benchmark (issue 14; README, Performance): two nodes built as ClusterIT builds them
 * ({@link Cluster}: PostgreSQL 15, two WildFly configured by install.sh, HAProxy), then
 * <ul>
 * <li>Remote Control streams through HAProxy whose viewer is on node A and whose PC's agent is
 * on node B, beside streams whose viewer and agent are both on node A, in the same run: updates
 * delivered, latency, each node's CPU;</li>
 * <li>idle agents spread evenly over both nodes (sessions seeded in the database: activating
 * 10,000 PCs through the console would take hours of PBKDF2): heap per agent, CPU per node and
 * database writes per second, against the same window with no agent.</li>
 * </ul>
 * Not part of ./test. Prints a table and writes benchmarks/target/benchmark/cluster.md.
 */
public final class ClusterBenchmark {

    private static final String ADMIN_EMAIL = "admin@cluster-bench.example";
    private static final String IDLE_TECHNICIAN = "idle@cluster-bench.example";
    private static final Map<String, String> SETTINGS = Map.of("limit.per-company", "100000", "limit.per-technician", "100",
            "session.lifetime", "P30D", "throttle.handshake", "100000/PT1M", "throttle.unadmitted-message", "100000/PT1M");

    private final int agents = Integer.getInteger("benchmark.agents", 10_000);
    private final int streams = Integer.getInteger("benchmark.streams", 20);
    private final int seconds = Integer.getInteger("benchmark.seconds", 20);
    private final int warmup = Integer.getInteger("benchmark.warmup", 5);
    private final int idleSeconds = Integer.getInteger("benchmark.idleSeconds", 120);
    private final Path out = Path.of(System.getProperty("benchmark.out", "target/benchmark"));
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final FrameRecording recording = new FrameRecording(900, 2026);
    private final List<String> streamRows = new ArrayList<>();
    private final List<String> idleRows = new ArrayList<>();
    private final Cluster cluster;
    private final Cluster.Node nodeA;
    private final Cluster.Node nodeB;
    private final ServerProbe probeA;
    private final ServerProbe probeB;
    private final HttpClient https;

    private ClusterBenchmark(Cluster cluster) throws Exception {
        this.cluster = cluster;
        nodeA = cluster.node("node-a");
        nodeB = cluster.node("node-b");
        probeA = new ServerProbe(cluster.pid(nodeA));
        probeB = new ServerProbe(cluster.pid(nodeB));
        https = HttpClient.newBuilder().sslContext(cluster.tls()).build();
    }

    public static void main(String[] args) throws Exception {
        Instant started = Instant.now();
        Map<String, Integer> offsets = new LinkedHashMap<>();
        // Other ports than ClusterIT's (600, 700), so that the two can run side by side.
        offsets.put("node-a", 1600);
        offsets.put("node-b", 1700);
        try (Cluster cluster = new Cluster()) {
            new ClusterBenchmark(cluster.start(offsets, SETTINGS)).runAndStop();
        }
        System.out.println("The cluster benchmark took " + Duration.between(started, Instant.now()).toSeconds() + " s.");
        System.exit(0);
    }

    private void runAndStop() throws Exception {
        try {
            run();
        } finally {
            scheduler.shutdownNow();
        }
    }

    private void run() throws Exception {
        ConsoleClient admin = console(nodeA);
        admin.setUp(Files.readString(nodeA.home().resolve("standalone/data/adhoc-setup.token")).strip(), "Cluster Bench Ltd",
                "Ada Admin", ADMIN_EMAIL, RelayBenchmark.ADMIN_PASSWORD);
        admin.signIn(ADMIN_EMAIL, RelayBenchmark.ADMIN_PASSWORD).setSeats(RelayBenchmark.MAX_SEATS);
        runStreams("same node (viewer and agent on node A)", admin, nodeA);
        runStreams("across nodes (viewer on A, agent on B)", admin, nodeB);
        runIdleAgents();
        report();
    }

    /** A technician's console kept on the node by the balancer's cookie. */
    private ConsoleClient console(Cluster.Node node) {
        return new ConsoleClient(cluster.base(), cluster.tls()).withCookie(Cluster.COOKIE, node.name());
    }

    private String wssBase() {
        return cluster.base().replaceFirst("^https", "wss");
    }

    /** n pairs through HAProxy; the viewer on node A (a new technician's node), the PC's agent on {@code agentNode}. */
    private void runStreams(String label, ConsoleClient admin, Cluster.Node agentNode) throws Exception {
        // The console shows a technician one open session: a technician for each run.
        String email = "streams-" + agentNode.name() + "@cluster-bench.example";
        admin.addTechnician(email, "Stella Stream", RelayBenchmark.TECH_PASSWORD);
        ConsoleClient technician = console(nodeA).signIn(email, RelayBenchmark.TECH_PASSWORD);
        ConsoleClient.Invitation invitation = technician.invite("pc-" + agentNode.name() + "@customer.example", RelayBenchmark.ACCESS_PASSWORD);
        PcAgent agent = PcAgent.connect(https, wssBase(), Map.of("Cookie", Cluster.COOKIE + "=" + agentNode.name())).join();
        long sessionId = agent.activate(invitation.token(), invitation.code()).sessionId();
        agent.keepAlive(scheduler);
        BlockingQueue<JsonObject> opens = new LinkedBlockingQueue<>();
        agent.onOpen(opens::add);
        List<StreamPair> pairs = new ArrayList<>();
        for (int i = 0; i < streams; i++) {
            pairs.add(openPair(technician, sessionId, opens, i));
        }
        long period = 1_000_000 / StreamPair.FPS;
        for (int i = 0; i < streams; i++) {
            pairs.get(i).start(scheduler, period * i / streams);
        }
        System.out.printf("%s, %d streams: warming up %d s, measuring %d s...%n", label, streams, warmup, seconds);
        Thread.sleep(warmup * 1000L);
        double cpuA = probeA.cpuSeconds();
        double cpuB = probeB.cpuSeconds();
        long t0 = System.nanoTime();
        pairs.forEach(StreamPair::measureFromNow);
        Thread.sleep(seconds * 1000L);
        pairs.forEach(StreamPair::stop);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        cpuA = probeA.cpuSeconds() - cpuA;
        cpuB = probeB.cpuSeconds() - cpuB;
        Thread.sleep(500);
        StreamPair.Totals totals = StreamPair.Totals.closing(pairs);
        streamRows.add(String.format(Locale.ROOT, "| %s | %d | %.1f (of %d) | %.1f | %.2f / %.2f | %.2f / %.2f | %.0f%% | %.0f%% | %d |",
                label, streams, totals.frames() / elapsed, streams * StreamPair.FPS, totals.bytes() / elapsed / 1e6,
                totals.frameEnds().percentileMillis(50), totals.frameEnds().percentileMillis(99),
                totals.rects().percentileMillis(50), totals.rects().percentileMillis(99),
                100 * cpuA / elapsed, 100 * cpuB / elapsed, streams - totals.stillOpen()));
        System.out.println(streamRows.get(streamRows.size() - 1));
        agent.close();
        Thread.sleep(2000);
    }

    /** The viewer joins on node A with a real ticket; the worker goes where the agent's {@code open} names, as the real worker does. */
    private StreamPair openPair(ConsoleClient technician, long sessionId, BlockingQueue<JsonObject> opens, int i) throws Exception {
        String ticket = technician.ticket(sessionId, "REMOTE_CONTROL", RelayBenchmark.ACCESS_PASSWORD);
        ProtocolSocket viewer = ProtocolSocket.open(https, wssBase() + "/ws/viewer", Map.of("Origin", cluster.base(),
                "Cookie", "JSESSIONID=" + technician.sessionCookie() + "; " + Cluster.COOKIE + "=" + nodeA.name())).join();
        viewer.send(Json.createObjectBuilder().add("type", "join").add("ticket", ticket).build().toString());
        JsonObject open = opens.poll(30, TimeUnit.SECONDS);
        if (open == null) {
            throw new IllegalStateException("the agent was not asked to open a connection");
        }
        ProtocolSocket worker = ProtocolSocket.open(https, wssBase() + "/ws/stream",
                Map.of("Cookie", Cluster.COOKIE + "=" + open.getString("node"))).join();
        worker.send(Json.createObjectBuilder().add("type", "attach").add("channel", open.getString("channel"))
                .add("token", open.getString("token")).build().toString());
        worker.next("start", 30);
        viewer.next("status", 30);
        return new StreamPair(worker, viewer, recording, 900L * i / streams);
    }

    private void runIdleAgents() throws Exception {
        List<PcAgent.Credential> credentials = seedIdleSessions();
        System.out.printf("Idle agents: %d sessions seeded; a window with none connected first (%d s)...%n", credentials.size(), idleSeconds);
        idleRows.add(idleWindow(0, 0, probeA.liveHeapMiB(), probeB.liveHeapMiB()));
        double liveA = probeA.liveHeapMiB();
        double liveB = probeB.liveHeapMiB();
        // Straight to each node (HAProxy would spread them the same way); 127.0.0.1 is the nodes' trusted proxy.
        Map<String, String> forwarded = Map.of("X-Forwarded-Proto", "https");
        IdleAgents onA = new IdleAgents("http://127.0.0.1:" + nodeA.httpPort(), out.resolve("unused-a.txt"), forwarded);
        IdleAgents onB = new IdleAgents("http://127.0.0.1:" + nodeB.httpPort(), out.resolve("unused-b.txt"), forwarded);
        int half = credentials.size() / 2;
        int welcomedA = onA.connect(credentials.subList(0, half), scheduler);
        int welcomedB = onB.connect(credentials.subList(half, credentials.size()), scheduler);
        System.out.printf("Idle agents: %d on node A, %d on node B; settling 30 s, then measuring %d s...%n", welcomedA, welcomedB, idleSeconds);
        Thread.sleep(30_000);
        idleRows.add(idleWindow(onA.stillConnected(), onB.stillConnected(), liveA, liveB));
        onA.disconnectAll();
        onB.disconnectAll();
    }

    /**
     * Sessions, PCs and credentials written straight into the database, as activation would leave
     * them (credential "idle-agent-&lt;session id&gt;", its SHA-256 as the server keeps it).
     */
    private List<PcAgent.Credential> seedIdleSessions() throws Exception {
        cluster.psql("insert into technician (company_id, email, display_name, password_hash, role, full_remote_control, active, version)"
                + " select id, '" + IDLE_TECHNICIAN + "', 'Idle Agents', 'unusable', 'TECHNICIAN', false, true, 0 from company");
        cluster.psql("insert into adhoc_session (company_id, technician_id, state, created_at, invitation_expires_at, activated_at,"
                + " expires_at, access_password_hash, failed_code_attempts, version) select t.company_id, t.id, 'ACTIVE', now(),"
                + " now() + interval '30 days', now(), now() + interval '30 days', 'unusable', 0, 0 from technician t,"
                + " generate_series(1, " + agents + ") where t.email = '" + IDLE_TECHNICIAN + "'");
        cluster.psql("insert into computer (session_id, company_id, name, online, holds_seat, agent_credential_hash, version)"
                + " select s.id, s.company_id, 'IDLE-' || s.id, false, true, encode(sha256(convert_to('idle-agent-' || s.id, 'UTF8')), 'hex'), 0"
                + " from adhoc_session s join technician t on t.id = s.technician_id where t.email = '" + IDLE_TECHNICIAN + "'");
        List<PcAgent.Credential> credentials = new ArrayList<>();
        for (String id : cluster.psql("select s.id from adhoc_session s join technician t on t.id = s.technician_id"
                + " where t.email = '" + IDLE_TECHNICIAN + "' order by s.id").split("\\s+")) {
            credentials.add(new PcAgent.Credential(Long.parseLong(id), "idle-agent-" + id));
        }
        return credentials;
    }

    /** One measured window: each node's CPU and live heap, the database's commits and rows written. */
    private String idleWindow(int onA, int onB, double liveBeforeA, double liveBeforeB) throws Exception {
        double cpuA = probeA.cpuSeconds();
        double cpuB = probeB.cpuSeconds();
        long[] db = databaseWrites();
        long t0 = System.nanoTime();
        Thread.sleep(idleSeconds * 1000L);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        cpuA = probeA.cpuSeconds() - cpuA;
        cpuB = probeB.cpuSeconds() - cpuB;
        long[] db1 = databaseWrites();
        double liveA = probeA.liveHeapMiB();
        double liveB = probeB.liveHeapMiB();
        String row = String.format(Locale.ROOT, "| %d + %d | %.2f%% / %.2f%% | %.0f / %.0f | %s / %s | %.2f | %.1f |",
                onA, onB, 100 * cpuA / elapsed, 100 * cpuB / elapsed, liveA, liveB,
                perAgent(liveA - liveBeforeA, onA), perAgent(liveB - liveBeforeB, onB),
                (db1[0] - db[0]) / elapsed, (db1[1] - db[1]) / elapsed);
        System.out.println(row);
        return row;
    }

    private static String perAgent(double mib, int agents) {
        return agents == 0 ? "-" : String.format(Locale.ROOT, "%.1f", mib * 1024 / agents);
    }

    /** Transactions committed and rows inserted, updated or deleted in the product's database so far. */
    private long[] databaseWrites() throws Exception {
        String[] row = cluster.psql("select xact_commit, tup_inserted + tup_updated + tup_deleted from pg_stat_database"
                + " where datname = 'adhoc'").split("\\|");
        return new long[] {Long.parseLong(row[0].strip()), Long.parseLong(row[1].strip())};
    }

    private void report() throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("## Cluster benchmark (").append(LocalDate.now()).append(")\n\n");
        md.append(String.format(Locale.ROOT, "Two WildFly 39 nodes (install.sh, HA profile) on PostgreSQL 15 behind HAProxy 2.6, all on "
                + "this machine's %d cores with the load generator. Streams: recorded 1080p traffic, 30 updates/s each, "
                + "through HAProxy (TLS); latency one-way, worker send to viewer, %d s after %d s warm-up.%n%n",
                Runtime.getRuntime().availableProcessors(), seconds, warmup));
        md.append("| streams | pairs | updates/s delivered | MB/s | frame end p50 / p99 ms | rect p50 / p99 ms | node A CPU | node B CPU | closed |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        streamRows.forEach(r -> md.append(r).append('\n'));
        md.append(String.format(Locale.ROOT, "%nIdle agents (heartbeat every 20 s), %d s windows; CPU in %% of one core:%n%n", idleSeconds));
        md.append("| agents on A + B | CPU node A / B | live heap MiB A / B | heap per agent KiB A / B | database commits/s | rows written/s |\n");
        md.append("|---|---|---|---|---|---|\n");
        idleRows.forEach(r -> md.append(r).append('\n'));
        Files.createDirectories(out);
        Files.writeString(out.resolve("cluster.md"), md.toString());
        System.out.println();
        System.out.println(md);
        System.out.println("(written to " + out.resolve("cluster.md") + ")");
    }
}

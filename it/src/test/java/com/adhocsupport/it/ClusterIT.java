package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.Cookie;

/**
 * AdHoc Support on a two-node WildFly cluster behind HAProxy ({@link Cluster}), with a real agent
 * under Wine connected through the balancer. One cluster for every check, in order: the
 * technician on one node reaches the PC whose agent is on the other; the agent's node is killed
 * and the agent comes back through the survivor; the session's deadline passes while that node
 * is down; then twenty session creations race across both nodes. Not Arquillian: the test
 * starts its own servers (failsafe execution "cluster", which alone sets it.cluster.bundle).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIfSystemProperty(named = "it.cluster.bundle", matches = ".+", disabledReason = "runs in the failsafe execution \"cluster\" only")
class ClusterIT {

    private static final String ACCESS_PASSWORD = "Pc-Access-2026";
    private static final String ADMIN_EMAIL = "admin@cluster.example";
    private static final int COMPANY_LIMIT = 5;
    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final Duration RECONNECT_BOUND = Duration.ofSeconds(30);
    private static final Duration AGENT_WAIT = Duration.ofSeconds(90);
    /** How much later than the server's activation the test sees the app say so, at most. */
    private static final Duration ACTIVATION_SEEN_WITHIN = Duration.ofSeconds(15);
    /** Time for a late second expiry (a timer fired twice, a retry) to show in the audit. */
    private static final Duration SECOND_EXPIRY_WINDOW = Duration.ofSeconds(25);
    private static final Map<String, String> SETTINGS = Map.of("session.lifetime", LIFETIME.toString(),
            "limit.per-company", String.valueOf(COMPANY_LIMIT));

    private static final Instant classStarted = Instant.now();
    private static Cluster cluster;
    private static WinePc pc;
    private static Console console;
    private static Path msi;
    private static Instant activated;
    /** Where the agent's connection is, and the other node, where the console starts. */
    private static Cluster.Node agentNode;
    private static Cluster.Node consoleNode;

    @BeforeAll
    static void startTheCluster() throws Exception {
        Map<String, Integer> offsets = new LinkedHashMap<>();
        offsets.put("node-a", 600);
        offsets.put("node-b", 700);
        cluster = new Cluster();
        try {
            cluster.start(offsets, SETTINGS);
            cluster.awaitOneCluster();
        } catch (Exception | AssertionError e) {
            cluster.close();
            throw e;
        }
        System.out.println("cluster up in " + Duration.between(classStarted, Instant.now()).toSeconds() + " s");
        ConsoleClient admin = client(cluster.node("node-a"));
        assertTrue(admin.setUp(Files.readString(cluster.node("node-a").home().resolve("standalone/data/adhoc-setup.token")).strip(),
                "Cluster Ltd", "Ada Admin", ADMIN_EMAIL, Console.ADMIN_PASSWORD), "first-run setup through the balancer");
        admin.signIn(ADMIN_EMAIL, Console.ADMIN_PASSWORD).setSeats(50);
        pc = WinePc.boot(Path.of(System.getProperty("it.wine.dir", "target/e2e-agent")).resolveSibling("cluster-agent").toAbsolutePath());
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        try {
            if (console != null) {
                console.close();
            }
            if (pc != null) {
                pc.close();
            }
        } finally {
            if (cluster != null) {
                cluster.close();
            }
            System.out.println("ClusterIT took " + Duration.between(classStarted, Instant.now()).toSeconds() + " s");
        }
    }

    /** A technician's HTTP client, kept on the node by the balancer's cookie. */
    private static ConsoleClient client(Cluster.Node node) {
        return new ConsoleClient(cluster.base(), cluster.tls()).withCookie(Cluster.COOKIE, node.name());
    }

    /** Puts the browser on the node, as HAProxy's cookie would. */
    private static void pin(Cluster.Node node) {
        console.go("/resources/css/console.css");
        console.driver().manage().addCookie(new Cookie(Cluster.COOKIE, node.name(), "/"));
    }

    @Test
    @Order(1)
    void installConfiguresTheHaProfileAndASecondRunChangesNothing() throws Exception {
        Cluster.InstallCheck check = cluster.installCheck();
        assertTrue(check.standaloneXmlUntouched(), "a cluster install leaves standalone.xml as the distribution has it");
        assertTrue(check.secondRunChangedNothing(), "a second run leaves standalone-ha.xml byte-identical: " + check.secondRunOutput());
        assertTrue(check.secondRunOutput().contains("standalone-ha.xml: already up to date"), check.secondRunOutput());
        assertTrue(check.secondRunOutput().contains("standalone.sh -c standalone-ha.xml"), "it says how to start the node");
        String ha = Files.readString(cluster.node("node-a").config("standalone-ha.xml"));
        assertTrue(ha.contains("<property name=\"jboss.node.name\" value=\"node-a\"/>"), "the node's name");
        assertTrue(ha.contains("<jdbc-protocol type=\"JDBC_PING\" data-source=\"AdHocDS\">"), "members found through the database");
        assertFalse(ha.contains("MPING"), "no multicast discovery");
        for (Cluster.Node node : cluster.nodes()) {
            assertTrue(cluster.sharesCaches(node),
                    node.name() + " shares its caches with the other node (one cluster of two)");
        }
    }

    /** The node the agent connected to first, from the servers' own logs ("agent of session <id> connected to node <name>"). */
    private static Cluster.Node agentsNode() throws Exception {
        for (Cluster.Node node : cluster.nodes()) {
            if (cluster.log(node).contains("connected to node " + node.name())) {
                return node;
            }
        }
        return null;
    }

    @Test
    @Order(2)
    void aTechnicianOnOneNodeControlsAPcWhoseAgentIsOnTheOther() throws Exception {
        console = Console.at(cluster.base());
        pin(cluster.node("node-a"));
        console.signIn(ADMIN_EMAIL, Console.ADMIN_PASSWORD).waitForText("Cluster Ltd");
        String technician = console.addTechnician("Carla Cluster", true);
        console.signIn(technician, Console.TECH_PASSWORD);
        pin(cluster.node("node-a"));
        Console.Invitation session = console.invite("end-" + UUID.randomUUID() + "@customer.example", ACCESS_PASSWORD);
        console.screenshot("cluster-1-invitation");

        msi = pc.download(cluster.base(), HttpClient.newBuilder().sslContext(cluster.tls()).build(), session.token());
        assertEquals(cluster.base(), WinePc.property(msi, "SERVERURL"), "the download names the balancer");
        assertEquals(0, pc.install(msi), "msiexec /i /qn of the downloaded MSI");
        pc.typeCode(session.code());
        pc.awaitAppText("Support session active with Carla Cluster", "the session active");
        activated = Instant.now();
        pc.screenshot("cluster-1-app-active");

        agentNode = WinePc.await(ClusterIT::agentsNode, node -> node != null, AGENT_WAIT, "the agent's node is known");
        consoleNode = cluster.other(agentNode);
        pin(consoleNode);
        console.go("/app/adhoc.xhtml").waitForText("Session active");
        assertEquals("Online", console.find("online").getText());
        console.screenshot("cluster-1-console-on-" + consoleNode.name());

        remoteControlDrawsAndClicks("cluster-1-remote-control-across-nodes", 512, 384);
        console.connect("FILE_MANAGER", ACCESS_PASSWORD, false).waitForText("windows");
        console.screenshot("cluster-1-file-manager-across-nodes");
    }

    /**
     * Remote Control from the console's page: the PC's screen drawn, and a click reaches the PC.
     * Each check clicks its own point: Wine only moves the X pointer for a position other than the
     * one it last set, and the test's xdotool moves are not seen by Wine.
     */
    private static void remoteControlDrawsAndClicks(String screenshot, int x, int y) throws Exception {
        console.connect("REMOTE_CONTROL", ACCESS_PASSWORD, false);
        WinePc.await(() -> console.script(AgentEndToEndIT.CANVAS_STATE), s -> s.startsWith("1024x768 drawn"), AGENT_WAIT,
                "the PC's whole screen drawn in the viewer's canvas");
        pc.run("xdotool mousemove 10 10");
        console.clickThePcAt(x, y, 1024, 768);
        WinePc.await(() -> pc.run("xdotool getmouselocation"), s -> AgentEndToEndIT.near(s, x, y), AGENT_WAIT,
                "a click on the canvas puts the PC's pointer at (" + x + ", " + y + ")");
        console.screenshot(screenshot);
    }

    @Test
    @Order(3)
    void theAgentsNodeDiesAndTheAgentComesBackThroughTheOther() throws Exception {
        pin(agentNode);
        console.go("/app/adhoc.xhtml").waitForText("Session active");
        console.screenshot("cluster-2-console-moved-to-" + agentNode.name());
        console.connect("REMOTE_CONTROL", ACCESS_PASSWORD, false);
        WinePc.await(() -> console.script(AgentEndToEndIT.CANVAS_STATE), s -> s.startsWith("1024x768 drawn"), AGENT_WAIT,
                "the viewer through the agent's node draws the screen");
        int connections = count(agentLog(), "connected to wss");

        Instant killed = Instant.now();
        cluster.kill(agentNode);
        WinePc.await(() -> count(agentLog(), "connected to wss"), n -> n > connections, RECONNECT_BOUND.plusSeconds(30),
                "the agent reconnects");
        Duration back = Duration.between(killed, Instant.now());
        System.out.println("the agent was back online " + back.toMillis() + " ms after kill -9 of " + agentNode.name());
        assertEquals(consoleNode.name(), cluster.balancedTo("/ws/agent"), "the balancer put the agent on the surviving node");
        // The agent logs its connection before the node has taken its hello.
        WinePc.await(() -> cluster.log(consoleNode).contains("connected to node " + consoleNode.name()), held -> held,
                RECONNECT_BOUND, "the surviving node holds the agent's connection now");
        assertTrue(back.compareTo(RECONNECT_BOUND) <= 0, "back within 30 s, took " + back.toMillis() + " ms");

        console.waitForText("connection");
        String viewer = console.pageText();
        console.screenshot("cluster-2-viewer-through-the-dead-node");
        assertTrue(viewer.contains("lost"), "the viewer says the connection was lost: " + viewer);
        assertTrue(viewer.contains("again"), "and to open it again (not a frozen canvas): " + viewer);

        pin(consoleNode);
        console.go("/app/adhoc.xhtml").waitForText("Session active");
        assertEquals("Online", console.find("online").getText(), "the technician, still signed in, sees the PC online");
        console.screenshot("cluster-2-still-signed-in-on-" + consoleNode.name());
        remoteControlDrawsAndClicks("cluster-2-remote-control-after-the-kill", 300, 500);
    }

    @Test
    @Order(4)
    void theDeadlinePassesWhileANodeIsDownAndTheSessionEndsOnce() throws Exception {
        Cluster.Node down = agentNode != null ? agentNode : agentsNode();
        if (cluster.isRunning(down)) {
            cluster.kill(down); // when the previous check stopped before its kill
        }
        Duration left = Duration.between(Instant.now(), activated.plus(LIFETIME));
        String[] lastLog = {""}; // the agent's log goes with the agent: the last one read before it went
        WinePc.await(() -> {
            String log = agentLog();
            if (!log.isEmpty()) {
                lastLog[0] = log;
            }
            return pc.productRemoved(WinePc.productCode(msi));
        }, removed -> removed, left.plus(AGENT_WAIT), "the session ends at its deadline and the agent removes itself");
        Instant deadline = activated.plus(LIFETIME);
        Instant gone = Instant.now();
        assertFalse(gone.isBefore(deadline.minus(ACTIVATION_SEEN_WITHIN)),
                "the agent stays until the deadline, " + deadline + ", and was gone at " + gone + ":\n" + lastLog[0]);
        pc.screenshot("cluster-3-pc-after-the-deadline");
        // The agent also ends by its own clock at the deadline, so the server's end message may come after it left.
        assertTrue(count(lastLog[0], "the server ended the session") <= 1, "the PC got at most one end message:\n" + lastLog[0]);
        WinePc.await(() -> cluster.psql("select count(*) from audit_event where action = 'SESSION_ENDED' and detail = 'EXPIRED'"),
                "1"::equals, AGENT_WAIT, "the surviving node ends the session (its timer, or its presence round)");
        Thread.sleep(SECOND_EXPIRY_WINDOW.toMillis());
        assertEquals("1", cluster.psql("select count(*) from audit_event where action = 'SESSION_ENDED' and detail = 'EXPIRED'"),
                "one expiry in the audit, however many nodes and rounds saw the deadline");
        pin(cluster.other(down));
        console.go("/app/adhoc.xhtml");
        console.screenshot("cluster-3-console-after-the-deadline");
    }

    @Test
    @Order(5)
    void twentyConcurrentSessionCreationsAcrossBothNodesNeverExceedTheCompanyLimit() throws Exception {
        for (Cluster.Node node : cluster.nodes()) {
            if (!cluster.isRunning(node)) {
                cluster.startNode(node);
                cluster.awaitDeployed(node);
            }
        }
        ConsoleClient admin = client(cluster.node("node-a")).signIn(ADMIN_EMAIL, Console.ADMIN_PASSWORD);
        List<ConsoleClient> technicians = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String email = "racer-" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + "@cluster.example";
            admin.addTechnician(email, "Racer " + i, Console.TECH_PASSWORD);
            ConsoleClient technician = client(cluster.nodes().get(i % 2)).signIn(email, Console.TECH_PASSWORD);
            technicians.add(technician);
            pages.add(technician.page("/app/adhoc.xhtml"));
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ConsoleClient technician = technicians.get(i);
            String page = pages.get(i);
            outcomes.add(pool.submit(() -> {
                go.await();
                String answer = technician.submit(page, "adhoc-form", Map.of("email", "race-" + UUID.randomUUID() + "@customer.example",
                        "password", ACCESS_PASSWORD, "confirmation", ACCESS_PASSWORD), "start");
                return answer.contains("id=\"security-code\"") ? "STARTED"
                        : answer.contains("the most allowed at once") ? "REFUSED: company limit" : "OTHER";
            }));
        }
        go.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(3, TimeUnit.MINUTES));
        }
        pool.shutdown();
        Map<String, Long> counted = results.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(Map.of("STARTED", (long) COMPANY_LIMIT, "REFUSED: company limit", 20L - COMPANY_LIMIT), counted);
    }

    private static String agentLog() throws Exception {
        return pc.run("cat \"$WINEPREFIX/drive_c/ProgramData/AdHocSupport/logs/agent.log\" 2>/dev/null");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}

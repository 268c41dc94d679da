package com.adhocsupport.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A two-node AdHoc Support cluster on this machine, as an operator builds one (INSTALL.md,
 * "Cluster"): PostgreSQL 15, two fresh WildFly 39 from the distribution zip, each configured by
 * the release bundle's install.sh with the cluster keys and the same sealing key, and HAProxy
 * with the bundle's own configuration in front of them, terminating TLS with a certificate made
 * here. Everything runs on local ports and stops in {@link #close()}, also after a failure.
 */
public final class Cluster implements AutoCloseable {

    private static final Pattern BOTH_MEMBERS = Pattern.compile("rebalance with members \\[node-., node-.\\]");

    public static final String COOKIE = "ADHOC_NODE";
    private static final String DB_PASSWORD = "Cluster-Db-Secret-1";

    /** One WildFly of the cluster: its name (the balancer's cookie value), folder and port offset. */
    public record Node(String name, Path home, int offset) {

        public int httpPort() {
            return 8080 + offset;
        }

        Path log() {
            return home.resolve("standalone/log/server.log");
        }

        Path config(String file) {
            return home.resolve("standalone/configuration").resolve(file);
        }
    }

    private final Path dir = Path.of(System.getProperty("it.cluster.dir", "target/cluster")).toAbsolutePath();
    private final Path postgresqlScript = Path.of(System.getProperty("it.cluster.postgresql-script",
            "src/test/postgresql/postgresql.sh")).toAbsolutePath();
    private final int httpsPort = Integer.getInteger("it.cluster.https.port", 8643);
    private final int httpPort = Integer.getInteger("it.cluster.http.port", 8601);
    private final int postgresqlPort = Integer.getInteger("it.cluster.postgresql.port", 55732);
    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, Process> running = new LinkedHashMap<>();
    private Process haproxy;
    private boolean postgresqlStarted;
    private Path bundle;
    private SSLContext tls;

    /** The public address, HAProxy's. */
    public String base() {
        return "https://localhost:" + httpsPort;
    }

    List<Node> nodes() {
        return nodes;
    }

    public Node node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    Node other(Node node) {
        return nodes.stream().filter(n -> n != node).findFirst().orElseThrow();
    }

    /** Trusts exactly the certificate HAProxy shows (made by {@link #start()}). */
    public SSLContext tls() {
        return tls;
    }

    Path agentCa() {
        return dir.resolve("tls/cert.pem");
    }

    Path haproxyLog() {
        return dir.resolve("haproxy/haproxy.log");
    }

    /** Builds and starts the whole cluster; node names and port offsets as given. */
    public Cluster start(Map<String, Integer> offsets, Map<String, String> settings) throws Exception {
        sh("rm -rf '" + dir + "' && mkdir -p '" + dir + "/bundle' '" + dir + "/tls'");
        sh("unzip -q '" + System.getProperty("it.cluster.bundle") + "' -d '" + dir + "/bundle'");
        try (Stream<Path> unpacked = Files.list(dir.resolve("bundle"))) {
            bundle = unpacked.findFirst().orElseThrow();
        }
        sh("sh '" + postgresqlScript + "' start '" + dir + "/postgresql' " + postgresqlPort + " '" + DB_PASSWORD + "'");
        postgresqlStarted = true;
        makeCertificate();
        byte[] sealingKey = new byte[32];
        new SecureRandom().nextBytes(sealingKey);
        Files.writeString(dir.resolve("adhoc-sealing.key"), Base64.getEncoder().encodeToString(sealingKey));

        List<Process> installs = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : offsets.entrySet()) {
            Node node = unpackWildFly(entry.getKey(), entry.getValue());
            nodes.add(node);
            installs.add(install(node, settings));
        }
        for (int i = 0; i < installs.size(); i++) {
            awaitExit(installs.get(i), "install.sh of " + nodes.get(i).name());
        }
        checkSecondInstall(nodes.get(0), settings);
        for (Node node : nodes) {
            Files.copy(dir.resolve("adhoc-sealing.key"), Files.createDirectories(node.home().resolve("standalone/data"))
                    .resolve("adhoc-sealing.key"));
            startNode(node);
        }
        for (Node node : nodes) {
            awaitDeployed(node);
        }
        startHaproxy();
        return this;
    }

    /**
     * What install.sh did to the first node's files, before it started: after the first run
     * standalone.xml is the distribution's and a second run leaves standalone-ha.xml as it was.
     */
    record InstallCheck(boolean standaloneXmlUntouched, boolean secondRunChangedNothing, String secondRunOutput) {
    }

    private InstallCheck installCheck;

    InstallCheck installCheck() {
        return installCheck;
    }

    private void checkSecondInstall(Node node, Map<String, String> settings) throws Exception {
        boolean untouched = Arrays.equals(Files.readAllBytes(node.config("standalone.xml")),
                Files.readAllBytes(dir.resolve(node.name() + "-standalone.xml.pristine")));
        byte[] first = Files.readAllBytes(node.config("standalone-ha.xml"));
        awaitExit(install(node, settings), "install.sh (second run) of " + node.name());
        installCheck = new InstallCheck(untouched, Arrays.equals(first, Files.readAllBytes(node.config("standalone-ha.xml"))),
                Files.readString(dir.resolve(node.name() + "-install.log")));
    }

    private Node unpackWildFly(String name, int offset) throws Exception {
        Path nodeDir = dir.resolve(name);
        sh("mkdir -p '" + nodeDir + "' && unzip -q '" + System.getProperty("it.cluster.wildfly-dist") + "' -d '" + nodeDir + "'");
        Node node;
        try (Stream<Path> unpacked = Files.list(nodeDir)) {
            node = new Node(name, unpacked.filter(p -> p.getFileName().toString().startsWith("wildfly-")).findFirst().orElseThrow(),
                    offset);
        }
        Files.copy(node.config("standalone.xml"), dir.resolve(name + "-standalone.xml.pristine"));
        return node;
    }

    private Process install(Node node, Map<String, String> settings) throws Exception {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("public.url", base());
        properties.put("db.host", "127.0.0.1");
        properties.put("db.port", String.valueOf(postgresqlPort));
        properties.put("db.password", DB_PASSWORD);
        properties.put("smtp.host", "127.0.0.1");
        properties.put("smtp.port", System.getProperty("it.smtp.port", "3125"));
        properties.put("smtp.tls", "false");
        properties.put("mail.from", "AdHoc Support <support@cluster.example>");
        properties.put("tls.agent-ca", agentCa().toString());
        properties.put("proxy.addresses", "127.0.0.1");
        properties.put("cluster.node-name", node.name());
        properties.put("cluster.bind-address", "127.0.0.1");
        properties.putAll(settings);
        Path file = dir.resolve(node.name() + ".properties");
        StringBuilder text = new StringBuilder();
        properties.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Files.writeString(file, text);
        return new ProcessBuilder(bundle.resolve("install.sh").toString(), node.home().toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve(node.name() + "-install.log").toFile()).start();
    }

    /** The node on the HA profile, in the background; its java process id lands in its pid file. */
    void startNode(Node node) throws Exception {
        Files.deleteIfExists(node.home().resolve("standalone/deployments/adhoc-support.ear.deployed"));
        ProcessBuilder builder = new ProcessBuilder(node.home().resolve("bin/standalone.sh").toString(), "-c", "standalone-ha.xml",
                "-Djboss.socket.binding.port-offset=" + node.offset())
                .redirectErrorStream(true).redirectOutput(dir.resolve(node.name() + "-console.log").toFile());
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        builder.environment().put("JBOSS_PIDFILE", pidFile(node).toString());
        builder.environment().put("JBOSS_HOME", node.home().toString());
        running.put(node.name(), builder.start());
    }

    void awaitDeployed(Node node) throws Exception {
        Path deployments = node.home().resolve("standalone/deployments");
        WinePc.await(() -> Files.exists(deployments.resolve("adhoc-support.ear.deployed"))
                        || Files.exists(deployments.resolve("adhoc-support.ear.failed")),
                done -> done, Duration.ofSeconds(300), node.name() + " deploys the EAR");
        if (Files.exists(deployments.resolve("adhoc-support.ear.failed"))) {
            throw new AssertionError(node.name() + " failed to deploy: " + Files.readString(deployments.resolve("adhoc-support.ear.failed")));
        }
    }

    /** kill -9 of the node's java process: no goodbye to its agents, its viewers or the cluster. */
    void kill(Node node) throws Exception {
        sh("kill -9 $(cat '" + pidFile(node) + "')");
        Process launcher = running.remove(node.name());
        if (launcher != null) {
            launcher.waitFor(30, TimeUnit.SECONDS);
        }
    }

    boolean isRunning(Node node) {
        return running.containsKey(node.name());
    }

    /** One value from the cluster's database, as psql prints it. */
    public String psql(String query) throws Exception {
        return sh("PGPASSWORD='" + DB_PASSWORD + "' \"$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/psql\" -h 127.0.0.1 -p "
                + postgresqlPort + " -U adhoc -d adhoc -tAc \"" + query + "\"").strip();
    }

    /** The node's java process id. */
    public long pid(Node node) throws IOException {
        return Long.parseLong(Files.readString(pidFile(node)).strip());
    }

    private Path pidFile(Node node) {
        return dir.resolve(node.name() + ".pid");
    }

    /**
     * Waits until every node's caches rebalanced with both members: deployed nodes may still be
     * finding each other through the database (JDBC_PING), and ci23 began its tests before that.
     */
    void awaitOneCluster() throws Exception {
        WinePc.await(this::nodesNotSharingCaches, List::isEmpty, Duration.ofSeconds(180),
                "every node joins the other (see the server.log of those still alone)");
    }

    private List<String> nodesNotSharingCaches() throws IOException {
        List<String> alone = new ArrayList<>();
        for (Node node : nodes) {
            if (!sharesCaches(node)) {
                alone.add(node.name());
            }
        }
        return alone;
    }

    /** Whether the node's log shows its caches rebalanced with both members (one cluster of two). */
    boolean sharesCaches(Node node) throws IOException {
        return BOTH_MEMBERS.matcher(log(node)).find();
    }

    /** The text of the node's server log (empty when there is none yet). */
    String log(Node node) throws IOException {
        return Files.exists(node.log()) ? Files.readString(node.log()) : "";
    }

    /** A self-signed certificate for localhost: HAProxy's PEM (chain and key) and the agents' CA. */
    private void makeCertificate() throws Exception {
        Path tlsDir = dir.resolve("tls");
        sh("cd '" + tlsDir + "' && openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 2"
                + " -subj /CN=localhost -addext subjectAltName=DNS:localhost,IP:127.0.0.1 2>/dev/null"
                + " && cat cert.pem key.pem > haproxy.pem");
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream pem = Files.newInputStream(agentCa())) {
            trusted.setCertificateEntry("cluster", CertificateFactory.getInstance("X.509").generateCertificate(pem));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
    }

    /**
     * HAProxy with the bundle's haproxy/adhoc-haproxy.cfg, its variables set as an operator sets
     * them in /etc/default/haproxy; a global section of the test's own sends its log here.
     */
    private void startHaproxy() throws Exception {
        Path haproxyDir = Files.createDirectories(dir.resolve("haproxy"));
        Path global = haproxyDir.resolve("global.cfg");
        Files.writeString(global, "global\n    log stdout format raw local0\n");
        ProcessBuilder builder = new ProcessBuilder("haproxy", "-db", "-f", global.toString(),
                "-f", bundle.resolve("haproxy/adhoc-haproxy.cfg").toString())
                .redirectErrorStream(true).redirectOutput(haproxyLog().toFile());
        builder.environment().put("ADHOC_HTTPS_BIND", "127.0.0.1:" + httpsPort);
        builder.environment().put("ADHOC_HTTP_BIND", "127.0.0.1:" + httpPort);
        builder.environment().put("ADHOC_CERTIFICATE", dir.resolve("tls/haproxy.pem").toString());
        builder.environment().put("ADHOC_NODE_A", "127.0.0.1:" + nodes.get(0).httpPort());
        builder.environment().put("ADHOC_NODE_B", "127.0.0.1:" + nodes.get(1).httpPort());
        haproxy = builder.start();
        HttpClient client = HttpClient.newBuilder().sslContext(tls).build();
        WinePc.await(() -> {
            try {
                return client.send(HttpRequest.newBuilder(URI.create(base() + "/resources/css/console.css")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException notYet) {
                return -1;
            }
        }, status -> status == 200, Duration.ofSeconds(30), "HAProxy serves the console's stylesheet from a node");
        for (Node node : nodes) {
            // A node counts as up once it passed two health checks: until then its cookie is redispatched.
            String path = "/resources/css/console.css?up=" + node.name();
            WinePc.await(() -> {
                client.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Cookie", COOKIE + "=" + node.name()).build(),
                        HttpResponse.BodyHandlers.discarding());
                return balancedTo(path);
            }, node.name()::equals, Duration.ofSeconds(60), "HAProxy sends " + node.name() + "'s cookie to " + node.name());
        }
    }

    /** The last server HAProxy sent a request for the path to, from its log ("adhoc-nodes/node-b"). */
    String balancedTo(String path) throws IOException {
        String found = null;
        for (String line : Files.readAllLines(haproxyLog(), StandardCharsets.UTF_8)) {
            int at = line.indexOf("adhoc-nodes/");
            if (at >= 0 && line.contains(" " + path)) {
                found = line.substring(at + "adhoc-nodes/".length()).split(" ")[0];
            }
        }
        return found;
    }

    @Override
    public void close() throws Exception {
        if (haproxy != null) {
            haproxy.destroy();
            haproxy.waitFor(10, TimeUnit.SECONDS);
        }
        for (Node node : nodes) {
            if (Files.exists(pidFile(node))) {
                sh("kill $(cat '" + pidFile(node) + "') 2>/dev/null; for i in $(seq 1 30); do kill -0 $(cat '" + pidFile(node)
                        + "') 2>/dev/null || exit 0; sleep 1; done; kill -9 $(cat '" + pidFile(node) + "') 2>/dev/null; true");
            }
        }
        running.values().forEach(Process::destroy);
        if (postgresqlStarted) {
            sh("sh '" + postgresqlScript + "' stop '" + dir + "/postgresql'");
        }
    }

    private static void awaitExit(Process process, String what) throws Exception {
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new AssertionError(what + " failed (exit " + (process.isAlive() ? "none" : process.exitValue()) + ")");
        }
    }

    private static String sh(String script) throws Exception {
        Process process = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("failed: " + script + "\n" + out);
        }
        return out;
    }
}

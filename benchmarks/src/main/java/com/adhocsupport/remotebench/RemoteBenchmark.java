package com.adhocsupport.remotebench;

import com.adhocsupport.benchmark.StoredRecordings;
import com.adhocsupport.it.Console;
import com.adhocsupport.it.ConsoleClient;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.DoubleSupplier;
import javax.imageio.ImageIO;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The side-by-side remote-control benchmark (issue 6). Prepares a session in the console,
 * installs the MSI it serves into a Wine prefix on the benchmark's screen and types the code;
 * then shows that screen through our Remote Control, and through noVNC, in the same headless
 * Chromium, running every workload once for each, and prints the table. Started by run.sh,
 * which owns the screen, the servers and their clean-up.
 */
public final class RemoteBenchmark {

    private static final String ACCESS_PASSWORD = "Bench-Access-2026";
    private static final String WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
    private static final Duration AGENT_WAIT = Duration.ofSeconds(120);
    /** A workload's frame-number strip (workload.py): 12 squares of 20 pixels, read along their middle row. */
    private static final int CODE_STEP = 20;
    private static final int CODE_BITS = 12;
    /** After a workload, the time its last frame has to reach the canvas before the two are compared. */
    private static final long QUALITY_WAIT_MS = 1500;
    private static final Duration IDLE_SAMPLE = Duration.ofSeconds(20);

    private final String display = System.getProperty("remotebench.display");
    private final Path out = Path.of(System.getProperty("remotebench.out"));
    private final Path script = Path.of(System.getProperty("remotebench.workload"));
    private final Path document = Path.of(System.getProperty("remotebench.document"));
    private final double seconds = Double.parseDouble(System.getProperty("remotebench.seconds", "20"));
    private final int presses = Integer.parseInt(System.getProperty("remotebench.presses", "120"));
    private final int runs = Integer.parseInt(System.getProperty("remotebench.runs", "3"));
    private final Path marker = Path.of(System.getProperty("remotebench.marker"));
    private final long serverPid = Long.getLong("remotebench.serverPid");
    private final long xvfbPid = Long.getLong("remotebench.xvfbPid");
    private final long x11vncPid = Long.getLong("remotebench.x11vncPid");
    private final long websockifyPid = Long.getLong("remotebench.websockifyPid");
    private final boolean profiling = Boolean.getBoolean("remotebench.profile");
    private final boolean recording = Boolean.getBoolean("remotebench.recording");
    private final ProcessCpu.Kept browserProcesses = new ProcessCpu.Kept();
    /** Only these workloads (their names, comma-separated), in the usual order; all when empty. */
    private final List<String> only = List.of(System.getProperty("remotebench.workloads", "").split(",")).stream()
            .filter(name -> !name.isBlank()).toList();
    private double idleWineserverLoad;
    private final AgentPc pc = new AgentPc(Path.of(System.getProperty("remotebench.pc")), display,
            Path.of(System.getProperty("remotebench.wineEnv")), Path.of(System.getProperty("remotebench.pipeTool")));

    public static void main(String[] args) throws Exception {
        new RemoteBenchmark().run();
    }

    /**
     * CPU seconds per second the processes use over a quiet spell. The prefix's wineserver also serves the app, the
     * service and Wine's own processes; that load is there with or without Remote Control.
     */
    private static double idleLoad(List<Long> pids) throws InterruptedException {
        double before = ProcessCpu.seconds(pids);
        Thread.sleep(IDLE_SAMPLE.toMillis());
        return (ProcessCpu.seconds(pids) - before) / IDLE_SAMPLE.toSeconds();
    }

    /** Where a pipeline's costs are read. */
    private record Costs(DoubleSupplier capture, DoubleSupplier server) {
    }

    /** Figures per workload, one measurement per run. */
    private static final class Runs {
        final Map<Workload.Kind, List<Measurement>> ours = new EnumMap<>(Workload.Kind.class);
        final Map<Workload.Kind, List<Measurement>> peer = new EnumMap<>(Workload.Kind.class);
    }

    private void run() throws Exception {
        List<String> names = java.util.Arrays.stream(Workload.Kind.values()).map(Workload.Kind::arg).toList();
        if (!names.containsAll(only)) {
            throw new IllegalArgumentException("-Dremotebench.workloads=" + String.join(",", only) + ": the workloads are " + names);
        }
        Console.ensureSetUp();
        Runs all = new Runs();
        RecordedWorkloads recorded = null;
        try (Console console = Console.open()) {
            console.beforeEveryPage(PageProbe.SCRIPT);
            PageProbe probe = new PageProbe(console.driver());
            KeyPresses keys = new KeyPresses(pc, marker, (ChromeDriver) console.driver(), probe);
            Console admin = console.signInAsAdmin();
            if (recording) {
                admin.setRecording("ON");
                recorded = new RecordedWorkloads(new StoredRecordings(new ConsoleClient(Console.BASE)
                        .signIn(Console.ADMIN_EMAIL, Console.ADMIN_PASSWORD), Path.of(System.getProperty("remotebench.serverLog", "server.log"))));
            }
            String technician = admin.addTechnician("Bruno Bench", true);
            Console.Invitation session = console.signIn(technician, Console.TECH_PASSWORD)
                    .invite("bench-" + UUID.randomUUID() + "@customer.example", ACCESS_PASSWORD);
            Path msi = download(session.token());
            log("Creating the Wine prefix and installing the MSI on " + display + "...");
            pc.create();
            int exit = pc.install(msi, "http://127.0.0.1:" + System.getProperty("it.http.port"));
            if (exit != 0) {
                throw new IllegalStateException("msiexec exited with " + exit + "; see " + pc.prefix().resolveSibling("install.log"));
            }
            String worker = System.getProperty("remotebench.worker", "");
            if (!worker.isEmpty()) {
                // A worker built since the MSI (agent-msi: make OUT=... AdHocRemote.exe), to measure a change
                // without rebuilding the MSI and the EAR; the service starts it for the next connection.
                Path installed = pc.prefix().resolve("drive_c/Program Files/AdHocSupport/AdHocRemote.exe");
                Files.copy(Path.of(worker), installed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                log("  worker replaced by " + worker);
            }
            pc.awaitStatus("\"state\":\"WAITING_FOR_CODE\"", AGENT_WAIT);
            pc.typeCode(session.code());
            pc.awaitStatus("\"state\":\"ACTIVE\"", AGENT_WAIT);
            console.waitForText("Session active");

            String prefix = pc.prefix().toString();
            List<Long> wineserver = ProcessCpu.wineProcesses("wineserver", prefix);
            idleWineserverLoad = idleLoad(wineserver);
            log(String.format(Locale.ROOT, "The prefix's wineserver without Remote Control: %.2f%% of a core (the app, the service, "
                    + "Wine's own processes); not counted as capture below", 100 * idleWineserverLoad));

            for (int run = 1; run <= runs; run++) {
                log("Run " + run + " of " + runs + ". Our pipeline: agent under Wine -> WildFly -> viewer page...");
                if (recorded != null) {
                    recorded.beforeConnection();
                }
                console.connect("REMOTE_CONTROL", ACCESS_PASSWORD, false);
                awaitScreen(probe, "our viewer");
                List<Long> workerPids = AgentPc.await(() -> ProcessCpu.wineProcesses("AdHocRemote.exe", prefix), l -> !l.isEmpty(),
                        Duration.ofSeconds(10), "the connection worker's process");
                List<Long> capture = new ArrayList<>(workerPids);
                capture.addAll(wineserver);
                log("  capture side: AdHocRemote.exe + wineserver above its idle load, pids " + capture + "; server side: WildFly "
                        + serverPid);
                long since = System.nanoTime();
                DoubleSupplier captureCpu = () -> ProcessCpu.seconds(capture) - idleWineserverLoad * (System.nanoTime() - since) / 1e9;
                measureAll(console, probe, keys, new Costs(captureCpu, () -> ProcessCpu.seconds(List.of(serverPid))),
                        "adhoc-run" + run, all.ours, recorded);
                console.go("/app/adhoc.xhtml");  // leaving the viewer closes the connection; the worker ends
                Thread.sleep(3000);
                if (recorded != null) {
                    recorded.afterConnection();
                }

                log("Run " + run + " of " + runs + ". The peer: x11vnc -> websockify -> noVNC...");
                console.driver().get(System.getProperty("remotebench.novnc"));
                awaitScreen(probe, "noVNC");
                measureAll(console, probe, keys, new Costs(() -> ProcessCpu.treeSeconds(x11vncPid), () -> ProcessCpu.treeSeconds(websockifyPid)),
                        "novnc-run" + run, all.peer, null);
                console.driver().get("about:blank");
            }
        }
        ResultTable table = new ResultTable(all.ours, all.peer);
        System.out.println();
        System.out.print(table.text());
        String heading = "Remote-control benchmark, " + LocalDate.now() + ", median (lowest–highest) of " + runs + " runs: one 1920x1080 "
                + "Xvfb screen; AdHoc = agent under Wine 8 (GDI capture) -> WildFly 39 -> viewer page, noVNC = x11vnc -> websockify -> "
                + "noVNC 1.3 (Tight, quality 6, compression 2); both in one headless Chromium on "
                + Runtime.getRuntime().availableProcessors() + " cores; keys pressed in the page. "
                + String.format(Locale.ROOT, "AdHoc's capture side: AdHocRemote.exe and the Wine prefix's wineserver above the %.2f%% "
                        + "of a core it used before Remote Control started.", 100 * idleWineserverLoad);
        if (recorded != null) {
            heading += " Session recording was on for AdHoc's connections (its server CPU includes the recorder's).";
        }
        Files.writeString(out.resolve("results.md"), table.markdown(heading) + (recorded == null ? "" : recorded.markdown()));
        if (recorded != null) {
            System.out.print(recorded.markdown());
        }
        System.out.println("Written to " + out.resolve("results.md"));
        List<String> lost = new ArrayList<>(table.lostPresses());
        lost.addAll(table.blankWorkloads());
        if (!lost.isEmpty()) {
            lost.forEach(line -> System.out.println("FAILED: " + line));
            System.exit(1);
        }
    }

    private void measureAll(Console console, PageProbe probe, KeyPresses keys, Costs costs, String pipeline,
                            Map<Workload.Kind, List<Measurement>> into, RecordedWorkloads recorded) throws Exception {
        Thread.sleep(3000);  // the first full frame and the pacer settle
        // The static screen last: right after a connection (and the server's start) it would measure warm-up.
        for (Workload.Kind kind : List.of(Workload.Kind.TYPING, Workload.Kind.SCROLLING, Workload.Kind.ANIMATION,
                Workload.Kind.CLEARTYPE_TYPING, Workload.Kind.CLEARTYPE_SCROLLING, Workload.Kind.PHOTOS, Workload.Kind.VIDEO,
                Workload.Kind.WINDOW_DRAG, Workload.Kind.WEB_PAGE, Workload.Kind.KEYS, Workload.Kind.STATIC)) {
            if (!only.isEmpty() && !only.contains(kind.arg())) {
                continue;
            }
            Measurement m = new Measurement();
            double[] before = new double[11];
            Workload.Mark atReady = at -> {
                if (profiling && kind == Workload.Kind.ANIMATION) {
                    ChromeDriver chrome = (ChromeDriver) console.driver();
                    chrome.executeCdpCommand("Profiler.enable", Map.of());
                    chrome.executeCdpCommand("Profiler.start", Map.of());
                }
                if (kind.strip != null) {
                    probe.readNumbers(kind.strip.x(), kind.strip.y() + CODE_STEP / 2, CODE_STEP, CODE_BITS, false);
                }
                snapshot(probe, costs, before, at);
            };
            Workload.Mark atDone = at -> {
                double[] after = new double[11];
                snapshot(probe, costs, after, at);
                m.seconds = (after[0] - before[0]) / 1000;
                m.bytes = after[1] - before[1];
                m.frames = after[2] - before[2];
                m.shown = kind.strip != null ? after[7] - before[7] : after[10] - before[10];
                m.machineBusy = (after[8] - before[8]) / Math.max(1, after[9] - before[9]);
                m.captureCpu = after[3] - before[3];
                m.serverCpu = after[4] - before[4];
                m.browserCpu = after[5] - before[5];
                m.xserverCpu = after[6] - before[6];
                BufferedImage shown = null;
                BufferedImage source = null;
                Workload.Area still = kind.still;
                if (still != null) {
                    // The last frame stands still now (workload.py): what the canvas shows against the screen.
                    Thread.sleep(QUALITY_WAIT_MS);
                    shown = probe.canvasImage(still.x(), still.y(), still.width(), still.height());
                    source = FrameQuality.screen(display, out.resolve("screen.xwd"), still.x(), still.y(), still.width(), still.height());
                }
                console.screenshot(pipeline + "-after-" + kind.arg());  // the workload's last screen, still up
                if (shown != null) {
                    m.psnr = FrameQuality.psnr(shown, source);
                    Path shots = Files.createDirectories(out.resolve("screenshots"));
                    ImageIO.write(shown, "png", shots.resolve(pipeline + "-" + kind.arg() + "-canvas.png").toFile());
                }
            };
            if (kind == Workload.Kind.KEYS) {
                m.matchKeys(keys.run(presses, atReady, atDone), KeyPresses.MODULO);
            } else {
                Workload.run(script, display, kind, seconds, document, atReady, atDone);
            }
            if (profiling && kind == Workload.Kind.ANIMATION) {
                logProfile(console);
            }
            if (kind.strip != null) {
                probe.readNumbers(0, 0, 0, 0, false);
            }
            into.computeIfAbsent(kind, k -> new ArrayList<>()).add(m);
            if (recorded != null) {
                recorded.window(kind, before[0], m.seconds, m.bytes);
            }
            log(String.format(Locale.ROOT, "  %-19s %7.1f KiB  %5.1f updates/s  %5.1f shown/s  capture %5.2f s  server %5.2f s%s%s",
                    kind.arg(), m.bytes / 1024, m.fps(), m.shownPerSecond(), m.captureCpu, m.serverCpu,
                    kind.still == null ? "" : String.format(Locale.ROOT, "  PSNR %.1f dB", m.psnr),
                    kind == Workload.Kind.KEYS ? String.format(Locale.ROOT,
                            "  p50 %.1f ms p95 %.1f ms (to the PC p50 %.1f ms; PC to the page p50 %.1f p95 %.1f ms; page to canvas p50 %.1f p95 %.1f ms),"
                                    + " shown %d/%d, reached the PC %d, slowest %s%s",
                            m.percentile(50), m.percentile(95), Measurement.percentile(m.toPc, 50),
                            Measurement.percentile(m.toPage, 50), Measurement.percentile(m.toPage, 95),
                            Measurement.percentile(m.toCanvas, 50), Measurement.percentile(m.toCanvas, 95), m.shownPresses(), m.presses,
                            m.reachedPc, m.slowest(8),
                            m.missed.isEmpty() ? "" : ", never shown: " + String.join(", ", m.missed)) : ""));
        }
    }

    /** The page's JavaScript CPU profile over the animation: the 12 heaviest functions by their own time. */
    @SuppressWarnings("unchecked")
    private static void logProfile(Console console) {
        Map<String, Object> result = ((ChromeDriver) console.driver()).executeCdpCommand("Profiler.stop", Map.of());
        Map<String, Object> profile = (Map<String, Object>) result.get("profile");
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) profile.get("nodes");
        double micros = ((Number) profile.get("endTime")).doubleValue() - ((Number) profile.get("startTime")).doubleValue();
        long samples = nodes.stream().mapToLong(n -> ((Number) n.get("hitCount")).longValue()).sum();
        Map<String, Long> hits = new HashMap<>();
        for (Map<String, Object> node : nodes) {
            Map<String, Object> frame = (Map<String, Object>) node.get("callFrame");
            String url = String.valueOf(frame.get("url"));
            String name = frame.get("functionName") + " " + url.substring(url.lastIndexOf('/') + 1) + ":" + frame.get("lineNumber");
            hits.merge(name, ((Number) node.get("hitCount")).longValue(), Long::sum);
        }
        log(String.format(Locale.ROOT, "  page profile over %.1f s (%d samples), own time:", micros / 1e6, samples));
        hits.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(e -> log(String.format(Locale.ROOT, "    %5.1f%%  %s", 100.0 * e.getValue() / samples, e.getKey())));
    }

    private void snapshot(PageProbe probe, Costs costs, double[] into, double at) {
        PageProbe.Counters c = probe.counters();
        into[0] = at;
        into[1] = c.bytes();
        into[2] = c.frames();
        into[3] = costs.capture().getAsDouble();
        into[4] = costs.server().getAsDouble();
        into[5] = browserCpu();
        into[6] = ProcessCpu.seconds(List.of(xvfbPid));
        into[7] = c.shown();
        into[10] = c.settled();
        long[] machine = ProcessCpu.machineTicks();
        into[8] = machine[0];
        into[9] = machine[1];
    }

    /** Chromium and its helpers, all started by this JVM through chromedriver; those that ended included. */
    private double browserCpu() {
        List<Long> browser = new ArrayList<>();
        for (long pid : ProcessCpu.descendants(ProcessHandle.current().pid())) {
            String command = ProcessHandle.of(pid).flatMap(p -> p.info().command()).orElse("");
            if (command.contains("chrom")) {
                browser.add(pid);
            }
        }
        return browserProcesses.seconds(browser);
    }

    private void awaitScreen(PageProbe probe, String what) throws Exception {
        AgentPc.await(probe::screenCanvas, "1920x1080"::equals, Duration.ofSeconds(90), what + " drawing the 1920x1080 screen");
    }

    private Path download(String token) throws Exception {
        Path file = out.resolve("pc").resolve("AdHocSupport_" + token + ".msi");
        HttpResponse<Path> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Console.BASE + "/d/" + token + "/AdHocSupport_" + token + ".msi")).header("User-Agent", WINDOWS).build(),
                HttpResponse.BodyHandlers.ofFile(file));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the MSI download answered " + response.statusCode());
        }
        return file;
    }

    private static void log(String line) {
        System.out.println(line);
    }
}

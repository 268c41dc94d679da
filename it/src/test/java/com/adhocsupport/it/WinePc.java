package com.adhocsupport.it;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.imageio.ImageIO;

/**
 * An end user's Windows PC for tests: a Wine prefix of its own on an Xvfb screen of its own,
 * driven through the shell helpers of scripts/test/wine-env.sh and agent-checks.sh (msiexec,
 * registry, services). The app is used through its real window: xdotool clicks and types on
 * the screen, AdHocWindowTool.exe reads the window's texts back, xwd keeps
 * screenshots.
 */
final class WinePc implements AutoCloseable {

    static final String SERVICE = "AdHocSupportAgent";
    private static final String WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0 Safari/537.36";
    static final String ENGLISH = "en_US.UTF-8";
    private static final Duration APP_WAIT = Duration.ofSeconds(90);
    private static final String MAIN_WINDOW = "AdHocSupportAppWindow";
    private static final String MESSAGE_BOX = "#32770";

    private final Path dir;
    private final Path wineEnv = Path.of(System.getProperty("it.wine.env", "../scripts/test/wine-env.sh")).toAbsolutePath();
    private final Path windowTool = Path.of(System.getProperty("it.window.tool", "../agent-msi/target/bin/AdHocWindowTool.exe"))
            .toAbsolutePath();
    private final Path screenshots = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
    /** The Windows display language, as Wine takes it from the locale of the session's first process. */
    private String locale = ENGLISH;
    private final Process xvfb;
    private final String display;

    private WinePc(Path dir, Process xvfb, String display) {
        this.dir = dir;
        this.xvfb = xvfb;
        this.display = display;
    }

    /** A fresh PC: new prefix (about 10 to 30 s), new screen. */
    static WinePc boot(Path dir) throws Exception {
        sh(null, "rm -rf '" + dir + "' && mkdir -p '" + dir + "'");
        for (int n = 91; n < 200; n++) {
            if (Files.exists(Path.of("/tmp/.X" + n + "-lock")) || Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                continue;
            }
            Process xvfb = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1024x768x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("xvfb.log").toFile()).start();
            Path socket = Path.of("/tmp/.X11-unix/X" + n);
            for (int i = 0; i < 50 && !Files.exists(socket) && xvfb.isAlive(); i++) {
                Thread.sleep(100);
            }
            if (Files.exists(socket)) {
                WinePc pc = new WinePc(dir, xvfb, ":" + n);
                pc.run("wine_prefix_create");
                return pc;
            }
            xvfb.destroy();
        }
        throw new IllegalStateException("no free X display for Xvfb");
    }

    /** Runs shell commands with the helpers loaded and this PC's environment; returns stdout. */
    String run(String commands) throws Exception {
        return run(commands, Map.of());
    }

    String run(String commands, Map<String, String> environment) throws Exception {
        String script = ". '" + wineEnv + "'; . '" + wineEnv.resolveSibling("agent-checks.sh") + "'; wine_env_init '" + dir
                + "'; export DISPLAY=" + display + " LANG=" + unixLocale() + " LC_ALL=" + unixLocale() + "; SERVICE=" + SERVICE + "; " + commands;
        return sh(environment, script);
    }

    /**
     * The locale Wine's processes run in. English is C.UTF-8, which Wine shows in English and every
     * Debian machine has (en_US.UTF-8 may not be generated, and without a UTF-8 locale Wine cannot
     * name files with accents); for another language Wine reads the name itself, generated or not.
     */
    private String unixLocale() {
        return ENGLISH.equals(locale) ? "C.UTF-8" : locale;
    }

    private static String sh(Map<String, String> environment, String script) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", script).redirectError(ProcessBuilder.Redirect.DISCARD);
        if (environment != null) {
            builder.environment().putAll(environment);
        }
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(4, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("shell step did not finish: " + script);
        }
        return new String(out, StandardCharsets.UTF_8).trim();
    }

    /**
     * msiexec /i /qn without properties, like an end user's double-click: the server's address is
     * the one the server stamped into its download. Returns Windows Installer's exit code (mod 256
     * under Wine).
     */
    int install(Path msi) throws Exception {
        return Integer.parseInt(run("wine_msi_install '" + msi + "' '" + dir.resolve("install-" + msi.getFileName() + ".log")
                + "'").lines().reduce((a, b) -> b).orElse("-1"));
    }

    /**
     * Restarts the PC (every Wine process of the prefix) with another Windows display language,
     * e.g. "it_IT.UTF-8": the agent's service starts again and shows the app in that language.
     */
    void displayLanguage(String newLocale) throws Exception {
        run("wineserver -k; wineserver -w");
        locale = newLocale;
        run("\"$WINE\" cmd /c exit");
    }

    /** One visible window of the app (its main window, a message box) or a control in it. */
    record Control(boolean window, String kind, boolean enabled, int left, int top, int right, int bottom, String text) {

        static Control parse(String line) {
            String[] f = line.split("\t", -1);
            String[] r = f[3].split(",");
            return new Control("window".equals(f[0]), f[1], "1".equals(f[2]), Integer.parseInt(r[0]), Integer.parseInt(r[1]),
                    Integer.parseInt(r[2]), Integer.parseInt(r[3]), f[4]);
        }
    }

    /** The app's visible windows and controls, in creation order; empty when the app is not open. */
    List<Control> appControls() throws Exception {
        return run("\"$WINE\" '" + windowTool + "' controls 2>/dev/null | tr -d '\\r'").lines()
                .filter(line -> line.split("\t", -1).length == 5).map(Control::parse).toList();
    }

    /** What the app's window says: the text of each visible window and control, one a line. */
    String appText() throws Exception {
        return String.join("\n", appControls().stream().map(Control::text).filter(t -> !t.isBlank()).toList());
    }

    /** Waits until the app's window shows the text; on failure keeps a screenshot and says what it showed. */
    String awaitAppText(String expected, String what) throws Exception {
        return awaitAppText(text -> text.contains(expected), what + " (\"" + expected + "\")");
    }

    String awaitAppText(Predicate<String> condition, String what) throws Exception {
        try {
            return await(this::appText, condition, APP_WAIT, "the app window shows " + what);
        } catch (AssertionError e) {
            screenshot("failed-app-" + System.currentTimeMillis());
            throw e;
        }
    }

    /** Types a security code into the app's code field and clicks Activate, as the end user does. */
    void typeCode(String code) throws Exception {
        List<Control> main = await(() -> controlsOf(MAIN_WINDOW), c -> enabled(c, "Edit") != null, APP_WAIT,
                "the app's code field is usable");
        click(enabled(main, "Edit"));
        run("xdotool type --delay 40 \"$E2E_CODE\"", Map.of("E2E_CODE", code));
        click(enabled(main, "Button"));  // Activate, the first button
    }

    /** "End session and remove" in the app, and Yes in the box that asks to confirm. */
    void endAndRemove() throws Exception {
        endAndRemove("app-" + locale.substring(0, 2) + "-confirm-end");
    }

    /** The same, keeping a screenshot of the confirmation under that name. */
    void endAndRemove(String confirmScreenshot) throws Exception {
        List<Control> main = await(() -> controlsOf(MAIN_WINDOW), c -> !c.isEmpty() && isEnabledButton(c.get(c.size() - 1)),
                APP_WAIT, "the app's end button (its last control) is usable");
        click(main.get(main.size() - 1));
        List<Control> box = await(() -> controlsOf(MESSAGE_BOX), c -> enabled(c, "Button") != null, APP_WAIT,
                "the app asks to confirm the end");
        screenshot(confirmScreenshot);
        click(enabled(box, "Button"));  // Yes, the first of Yes and No
    }

    /** The visible controls of the app's window of that class, in creation order; empty when it is not open. */
    private List<Control> controlsOf(String windowClass) throws Exception {
        List<Control> all = appControls();
        int start = 0;
        while (start < all.size() && !(all.get(start).window() && windowClass.equals(all.get(start).kind()))) {
            start++;
        }
        int end = start + 1;
        while (end < all.size() && !all.get(end).window()) {
            end++;
        }
        return start < all.size() ? all.subList(start + 1, end) : List.of();
    }

    private static Control enabled(List<Control> controls, String kind) {
        return controls.stream().filter(c -> kind.equals(c.kind()) && c.enabled()).findFirst().orElse(null);
    }

    private static boolean isEnabledButton(Control control) {
        return "Button".equals(control.kind()) && control.enabled();
    }

    private void click(Control control) throws Exception {
        run("xdotool mousemove " + (control.left() + control.right()) / 2 + " " + (control.top() + control.bottom()) / 2
                + " click 1; sleep 0.3");
    }

    /**
     * Keeps a PNG of the app's windows as the screen shows them (the whole screen when the app
     * is not open) in it/target/screenshots, beside the console's.
     */
    void screenshot(String name) throws Exception {
        Files.createDirectories(screenshots);
        BufferedImage screen = screen();
        List<Control> windows = appControls().stream().filter(Control::window).toList();
        if (!windows.isEmpty()) {
            int left = Math.max(0, windows.stream().mapToInt(Control::left).min().orElseThrow());
            int top = Math.max(0, windows.stream().mapToInt(Control::top).min().orElseThrow());
            int right = Math.min(screen.getWidth(), windows.stream().mapToInt(Control::right).max().orElseThrow());
            int bottom = Math.min(screen.getHeight(), windows.stream().mapToInt(Control::bottom).max().orElseThrow());
            screen = screen.getSubimage(left, top, right - left, bottom - top);
        }
        ImageIO.write(screen, "png", screenshots.resolve(name + ".png").toFile());
    }

    void service(String verb) throws Exception {
        run("\"$WINE\" sc " + verb + " " + SERVICE + " >/dev/null 2>&1; sleep 2");
    }

    /** The agent service's state as the service manager reports it: RUNNING, STOPPED, ... or MISSING. */
    String serviceState() throws Exception {
        return run("wine_service_state \"$SERVICE\"");
    }

    /** The processor's name as Windows reports it on this PC (what only the PC's agent can tell the server). */
    String processorName() throws Exception {
        return run("wine_reg_value 'HKLM\\HARDWARE\\DESCRIPTION\\System\\CentralProcessor\\0' ProcessorNameString")
                .trim().replaceAll("\\s+", " ");
    }

    /**
     * Whether Windows Installer lists the product (HKLM\Software\Classes\Installer\Products\<packed
     * code>). "No" only when Wine also found a key every PC has: on a loaded machine a Wine process
     * can fail to start, and a failed query is not an uninstall.
     */
    boolean productInstalled(String productCode) throws Exception {
        String answer = "";
        for (int attempt = 0; attempt < 3 && answer.isEmpty(); attempt++) {
            answer = run("if installed '" + productCode + "'; then echo yes;"
                    + " elif wine_reg_has_key 'HKLM\\Software\\Microsoft\\Windows NT\\CurrentVersion'; then echo no; fi");
        }
        if (answer.isEmpty()) {
            throw new IllegalStateException("Wine did not answer whether " + productCode + " is installed");
        }
        return "yes".equals(answer);
    }

    /**
     * Whether the product is gone and its removal over: Windows Installer no longer lists it, its
     * folder in Program Files is gone and no msiexec of this PC still runs (the next step may
     * restart the PC, and a restart that kills the removal before it ends leaves it half done).
     * The folder is read from the disk, not through Wine: a registry query that failed on a loaded
     * machine, followed by one that worked, reads as "not listed" (the likeliest reading of a CI
     * run whose ClusterIT waited for an expiry while the session still had minutes to go).
     */
    boolean productRemoved(String productCode) throws Exception {
        // The disk first: while the agent is installed, polling starts no Wine process.
        return run("no_program_dir && ! wine_msiexec_running && echo removed").equals("removed") && !productInstalled(productCode);
    }

    static String productCode(Path msi) throws Exception {
        return property(msi, "ProductCode");
    }

    /** A property's default in the package, as msitools reads it (padding removed). */
    static String property(Path msi, String name) throws Exception {
        return sh(null, "msiinfo export '" + msi + "' Property | tr -d '\\r' | awk -F'\\t' '$1 == \"" + name
                + "\" { print $2 }'").strip();
    }

    /** The package's launch conditions and the messages Windows Installer shows for them. */
    static String launchConditions(Path msi) throws Exception {
        return sh(null, "msiinfo export '" + msi + "' LaunchCondition");
    }

    Path dir() {
        return dir;
    }

    /** Polls until the condition holds, or fails saying what was last seen. */
    static <T> T await(ThrowingSupplier<T> probe, Predicate<T> condition, Duration within, String what) throws Exception {
        Instant deadline = Instant.now().plus(within);
        T last = probe.get();
        while (!condition.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + " within " + within.toSeconds() + " s; last seen: " + last);
            }
            Thread.sleep(1000);
            last = probe.get();
        }
        return last;
    }

    /** A probe that may fail. */
    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    @Override
    public void close() throws IOException {
        try {
            run("wine_env_cleanup");
        } catch (Exception e) {
            // best effort: the screen and the prefix go anyway
        }
        xvfb.destroy();
        try {
            sh(null, "rm -rf '" + dir.resolve("prefix") + "'");
        } catch (Exception e) {
            throw new IOException("could not delete " + dir, e);
        }
    }

    /** Downloads the support app as the PC's Windows browser would, under the name the server gives it. */
    Path download(String token) throws Exception {
        return download("http://127.0.0.1:" + ServerAddress.httpPort(), HttpClient.newHttpClient(), token);
    }

    /** The same from the server at {@code base}, through {@code http}. */
    Path download(String base, HttpClient http, String token) throws Exception {
        Path file = dir.resolve("AdHocSupport_" + token + ".msi");
        HttpResponse<Path> response = http.send(HttpRequest.newBuilder(URI.create(base + "/d/" + token + "/AdHocSupport_"
                + token + ".msi")).header("User-Agent", WINDOWS).build(), HttpResponse.BodyHandlers.ofFile(file));
        if (response.statusCode() != 200
                || !response.headers().firstValue("Content-Disposition").orElse("").contains(file.getFileName().toString())) {
            throw new AssertionError("the download answered " + response.statusCode() + " " + response.headers().map());
        }
        return file;
    }

    /** Shows the picture on the PC's screen with its top left corner at (x, y), in a window of its own. */
    void show(BufferedImage picture, int x, int y) throws Exception {
        Path file = dir.resolve("picture-" + x + "-" + y + ".xwd");
        Xwd.write(picture, file);
        run("xwud -noclick -in '" + file + "' -geometry +" + x + "+" + y + " >/dev/null 2>&1 &");
    }

    /** What the PC's screen shows now (the whole Xvfb screen). */
    BufferedImage screen() throws Exception {
        Path file = dir.resolve("screen.xwd");
        run("xwd -root -silent -out '" + file + "'");
        return Xwd.read(file);
    }

    /** The PC's clipboard text as X sees it (Wine keeps Windows' clipboard and X's in step). */
    String clipboard() throws Exception {
        return run("xclip -o -selection clipboard 2>/dev/null");
    }

    /** Copies text on the PC, as a program there would. */
    void copy(String text) throws Exception {
        run("printf '%s' \"$E2E_TEXT\" | xclip -i -selection clipboard >/dev/null 2>&1", Map.of("E2E_TEXT", text));
    }
}

package com.adhocsupport.remotebench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The end user's PC: a Wine prefix of its own whose DISPLAY is the benchmark's screen, driven
 * through the shell helpers of scripts/test/wine-env.sh and agent-checks.sh, as the end-to-end
 * test's WinePc does (msiexec, and AdHocPipeTool.exe in place of the app).
 */
final class AgentPc {

    private final Path dir;
    private final String display;
    private final Path wineEnv;
    private final Path pipeTool;

    AgentPc(Path dir, String display, Path wineEnv, Path pipeTool) {
        this.dir = dir;
        this.display = display;
        this.wineEnv = wineEnv;
        this.pipeTool = pipeTool;
    }

    Path prefix() {
        return dir.resolve("prefix");
    }

    void create() throws Exception {
        run("wine_prefix_create", Map.of());
    }

    /** msiexec /i /qn with the server's address; Windows Installer's exit code (mod 256 under Wine). */
    int install(Path msi, String serverUrl) throws Exception {
        String out = run("wine_msi_install '" + msi + "' '" + dir.resolve("install.log") + "' SERVERURL=" + serverUrl, Map.of());
        return Integer.parseInt(out.lines().reduce((a, b) -> b).orElse("-1").trim());
    }

    String status() throws Exception {
        return run("wine_agent_status \"$TOOL\"", Map.of());
    }

    void typeCode(String code) throws Exception {
        run("wine_agent_activate \"$TOOL\" \"$BENCH_CODE\" >/dev/null", Map.of("BENCH_CODE", code));
    }

    /**
     * Gives the X input focus to the PC's visible window of that title. Xvfb has no window manager: the focus stays
     * where the last program left it (a closed window's focus reverts to none), and XTest's keys, x11vnc's, go there.
     */
    void focus(String title) throws Exception {
        run("xdotool search --sync --onlyvisible --name '" + title + "' windowfocus", Map.of());
    }

    void awaitStatus(String fragment, Duration within) throws Exception {
        await(this::status, s -> s.contains(fragment), within, "the agent's status to show " + fragment);
    }

    /**
     * Starts a Windows program in the prefix, on the benchmark's screen, as the end user would (the same wineserver as
     * the agent, so the agent's input reaches it); its standard output is the process's.
     */
    Process start(Path exe, String... arguments) throws Exception {
        StringBuilder command = new StringBuilder("exec \"$WINE\" '" + exe + "'");
        for (String argument : arguments) {
            command.append(" '").append(argument).append('\'');
        }
        return shell(command.toString(), Map.of(), ProcessBuilder.Redirect.INHERIT);
    }

    private Process shell(String commands, Map<String, String> environment, ProcessBuilder.Redirect errors) throws Exception {
        String script = ". '" + wineEnv + "'; . '" + wineEnv.resolveSibling("agent-checks.sh") + "'; wine_env_init '" + dir
                + "'; export DISPLAY=" + display + "; TOOL='" + pipeTool + "'; SERVICE=AdHocSupportAgent; " + commands;
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", script).redirectError(errors);
        builder.environment().putAll(environment);
        return builder.start();
    }

    private String run(String commands, Map<String, String> environment) throws Exception {
        Process process = shell(commands, environment, ProcessBuilder.Redirect.DISCARD);
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(4, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("shell step did not finish: " + commands);
        }
        return new String(out, StandardCharsets.UTF_8).trim();
    }

    interface Probe<T> {
        T get() throws Exception;
    }

    static <T> T await(Probe<T> probe, Predicate<T> condition, Duration within, String what) throws Exception {
        Instant deadline = Instant.now().plus(within);
        T last = probe.get();
        while (!condition.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("waited " + within.toSeconds() + " s for " + what + "; last seen: " + last);
            }
            Thread.sleep(500);
            last = probe.get();
        }
        return last;
    }
}

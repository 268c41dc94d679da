package com.adhocsupport.remotebench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The key-press workload through each pipeline's own input path: key-marker.exe runs on the PC
 * (under Wine, in the agent's prefix); the benchmark clicks the marker in the page, then presses
 * F9 in the page (the DevTools protocol's Input.dispatchKeyEvent: a real keyboard event in
 * Chromium, which the viewer or noVNC sends to the PC), each held 60 to 120 ms, 200 to 350 ms
 * from a release to the next press. The page logs when it got each press and when the marker's
 * press count changed on its canvas; the marker logs when it handled each press.
 */
final class KeyPresses {

    /** The marker window (key-marker.cpp): 300x300 at (1560, 60), its count in 10 squares of 30 px along the bottom. */
    private static final int X = 1560;
    private static final int Y = 60;
    private static final int SIZE = 300;
    private static final int SQUARE = 30;
    private static final int BITS = 10;
    /** The marker shows its count modulo this. */
    static final int MODULO = 1 << BITS;
    private static final long SETTLE_MS = 2500;
    private static final long AFTER_LAST_MS = 1500;
    /**
     * How long a key is held, as a typist holds one (60 to 120 ms). Released at once, the key's release reached the
     * page while the echo was on its way, and the browser's handling of it delayed the echo's message by several ms.
     */
    private static final int HOLD_MIN_MS = 60;
    private static final int HOLD_SPREAD_MS = 60;

    /**
     * What one run saw: when the page got each press, the counts its canvas showed, the counts the PC handled, and
     * when the page received messages.
     */
    record Seen(List<Double> pressed, List<double[]> shown, List<double[]> handled, List<Double> arrivals) {
    }

    private final AgentPc pc;
    private final Path marker;
    private final ChromeDriver chrome;
    private final PageProbe probe;

    KeyPresses(AgentPc pc, Path marker, ChromeDriver chrome, PageProbe probe) {
        this.pc = pc;
        this.marker = marker;
        this.chrome = chrome;
        this.probe = probe;
    }

    Seen run(int presses, Workload.Mark atReady, Workload.Mark atDone) throws Exception {
        Process program = pc.start(marker, String.valueOf(X), String.valueOf(Y));
        List<double[]> handled = new ArrayList<>();
        CompletableFuture<Double> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> read(program, ready, handled), "key-marker output");
        reader.start();
        try {
            ready.get(60, TimeUnit.SECONDS);
            pc.focus("bench-keys");
            Thread.sleep(SETTLE_MS);
            probe.readNumbers(X, Y + SIZE - SQUARE / 2, SQUARE, BITS, true);
            click();
            Thread.sleep(500);  // the click's own screen change settles before the first press
            atReady.at(System.currentTimeMillis());
            Random gaps = new Random(17);
            for (int i = 0; i < presses; i++) {
                key("rawKeyDown");
                Thread.sleep(HOLD_MIN_MS + gaps.nextInt(HOLD_SPREAD_MS + 1));
                key("keyUp");
                Thread.sleep(200 + gaps.nextInt(151));
            }
            Thread.sleep(AFTER_LAST_MS);
            atDone.at(System.currentTimeMillis());
            List<Double> pressed = probe.keyPresses();
            if (pressed.size() != presses) {
                throw new IllegalStateException("the page received " + pressed.size() + " of the " + presses
                        + " key presses: its keyboard focus is not on the remote screen");
            }
            List<double[]> shown = probe.numbersShown();
            List<Double> arrivals = probe.messageArrivals();
            probe.readNumbers(0, 0, 0, 0, false);
            return new Seen(pressed, shown, snapshot(handled), arrivals);
        } finally {
            program.getOutputStream().close();  // the marker ends when its input closes
            if (!program.waitFor(10, TimeUnit.SECONDS)) {
                program.destroyForcibly();
            }
            reader.join(5000);
        }
    }

    private static List<double[]> snapshot(List<double[]> handled) {
        synchronized (handled) {
            return new ArrayList<>(handled);
        }
    }

    private static void read(Process program, CompletableFuture<Double> ready, List<double[]> handled) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(program.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null;) {
                String[] words = line.trim().split("\\s+");
                if (words[0].equals("READY")) {
                    ready.complete(Double.parseDouble(words[1]));
                } else if (words[0].equals("KEY")) {
                    synchronized (handled) {
                        handled.add(new double[] {Double.parseDouble(words[1]), Double.parseDouble(words[2])});
                    }
                } else {
                    System.err.println("key-marker: " + line);
                }
            }
        } catch (Exception e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IllegalStateException("key-marker.exe ended before it was ready"));
    }

    /** A click on the marker in the page: gives the page's keyboard input to the screen and the PC's to the marker. */
    private void click() {
        double[] at = probe.pageCoordinates(X + SIZE / 2, Y + SIZE / 3);
        for (String type : List.of("mousePressed", "mouseReleased")) {
            chrome.executeCdpCommand("Input.dispatchMouseEvent",
                    Map.of("type", type, "x", at[0], "y", at[1], "button", "left", "buttons", type.equals("mousePressed") ? 1 : 0,
                            "clickCount", 1));
        }
    }

    private void key(String type) {
        chrome.executeCdpCommand("Input.dispatchKeyEvent",
                Map.of("type", type, "key", "F9", "code", "F9", "windowsVirtualKeyCode", 120, "nativeVirtualKeyCode", 120));
    }
}

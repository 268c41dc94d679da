package com.adhocsupport.remotebench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * One run of workload.py on the benchmark's screen: calls {@code atReady} when the programs are
 * up and the screen has settled, {@code atDone} when the measured part ends. (Key presses are
 * not workload.py's: see {@link KeyPresses}.)
 */
final class Workload {

    /** What happens at the start and the end of the measured part. */
    interface Mark {
        void at(double epochMs) throws Exception;
    }

    /** An area of the screen, in pixels. */
    record Area(int x, int y, int width, int height) {
        static final Area SCREEN = new Area(0, 0, 1920, 1080);
    }

    /**
     * The workloads, in workload.py's words. {@code rate}: the frames a second the source shows, when it numbers them in
     * a strip of 12 black/white 20 px squares whose top left is {@code strip} (0 and null when it does not); {@code still}:
     * the area that stands still after the measured part, compared with the canvas then (null: not compared).
     */
    enum Kind {
        STATIC("static"), TYPING("typing"), SCROLLING("scrolling"),
        ANIMATION("animation", 25, new Area(960, 0, 240, 20), new Area(960, 0, 960, 1080)),
        CLEARTYPE_TYPING("ClearType typing", 0, null, Area.SCREEN),
        CLEARTYPE_SCROLLING("ClearType scrolling", 0, null, Area.SCREEN),
        PHOTOS("photos", 0.5, new Area(0, 0, 240, 20), Area.SCREEN),
        VIDEO("video", 25, new Area(533, 300, 240, 20), new Area(533, 300, 854, 480)),
        WINDOW_DRAG("window drag", 0, null, Area.SCREEN),
        WEB_PAGE("web page", 0, null, Area.SCREEN),
        KEYS("key presses");

        final String label;
        final double rate;
        final Area strip;
        final Area still;

        Kind(String label) {
            this(label, 0, null, null);
        }

        Kind(String label, double rate, Area strip, Area still) {
            this.label = label;
            this.rate = rate;
            this.strip = strip;
            this.still = still;
        }

        /** workload.py's name for it. */
        String arg() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private Workload() {
    }

    static void run(Path script, String display, Kind kind, double amount, Path document, Mark atReady, Mark atDone)
            throws Exception {
        // The system's Python, where run.sh installs python3-tk and python3-pil (another python3 may come first on the PATH).
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/python3", script.toString(), kind.arg(), String.valueOf(amount),
                document.toString()).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("DISPLAY", display);
        Process process = builder.start();
        boolean ready = false;
        boolean done = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null;) {
                String[] words = line.trim().split("\\s+");
                switch (words[0]) {
                    case "READY" -> {
                        atReady.at(Double.parseDouble(words[1]));
                        ready = true;
                    }
                    case "DONE" -> {
                        atDone.at(Double.parseDouble(words[1]));
                        done = true;
                    }
                    default -> System.err.println("workload: " + line);
                }
            }
        } finally {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        if (!ready || !done) {
            throw new IllegalStateException("workload " + kind.arg() + " did not run to its end (exit " + process.exitValue() + ")");
        }
    }
}

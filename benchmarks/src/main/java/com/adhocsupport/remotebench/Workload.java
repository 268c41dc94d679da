package com.adhocsupport.remotebench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

    enum Kind {
        STATIC("static"), TYPING("typing"), SCROLLING("scrolling"), ANIMATION("animation"), KEYS("key presses");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        String arg() {
            return name().toLowerCase();
        }
    }

    private Workload() {
    }

    static void run(Path script, String display, Kind kind, double amount, Path document, Mark atReady, Mark atDone)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder("python3", script.toString(), kind.arg(), String.valueOf(amount),
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

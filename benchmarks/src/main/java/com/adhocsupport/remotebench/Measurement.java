package com.adhocsupport.remotebench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** The figures of one pipeline under one workload. */
final class Measurement {

    /** A press never shown counts as shown this late in the percentiles. */
    static final double MISSED_MS = 1000;

    double seconds;
    double bytes;
    double messages;
    double frames;
    /** Distinct frames shown: the animation's frame numbers read from the canvas, else canvas states that settled. */
    double shown;
    double captureCpu;
    double serverCpu;
    double browserCpu;
    double xserverCpu;
    /** Share of all cores busy, every process of the machine counted (the benchmark's and anyone else's). */
    double machineBusy;
    /** The canvas against the screen, dB (infinite when lossless); measured on the animation's last frame. */
    double psnr = Double.NaN;
    /** Key press to canvas, one per press; a press never shown counts as {@link #MISSED_MS}. */
    final List<Double> latencies = new ArrayList<>();
    /** Key press to the program on the PC handling it (the input path), one per press it handled. */
    final List<Double> toPc = new ArrayList<>();
    /** The PC handling a shown press to the first message the page received after it (the screen's way to the page). */
    final List<Double> toPage = new ArrayList<>();
    /** That message to the canvas showing the press (the page's decoding and drawing, and any later message it needed). */
    final List<Double> toCanvas = new ArrayList<>();
    /** The presses never shown, each as "number (why)". */
    final List<String> missed = new ArrayList<>();
    int presses;
    /** Presses the program on the PC handled. */
    int reachedPc;

    double bytesPerSecond() {
        return bytes / seconds;
    }

    double fps() {
        return frames / seconds;
    }

    /** Distinct frames shown per second. */
    double shownPerSecond() {
        return shown / seconds;
    }

    /** Share of one core, in percent. */
    static double percent(double cpuSeconds, double seconds) {
        return 100 * cpuSeconds / seconds;
    }

    /** The n longest latencies in ms, longest first: what makes the tail. */
    String slowest(int n) {
        return latencies.stream().sorted(Collections.reverseOrder()).limit(n).map(l -> String.format(Locale.ROOT, "%.0f", l))
                .collect(Collectors.joining(" "));
    }

    double percentile(double p) {
        return percentile(latencies, p);
    }

    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private void splitWayBack(double handledAt, double shownAt, List<Double> arrivals) {
        arrivals.stream().filter(a -> a >= handledAt && a <= shownAt).findFirst().ifPresent(a -> {
            toPage.add(a - handledAt);
            toCanvas.add(shownAt - a);
        });
    }

    int shownPresses() {
        return presses - missed.size();
    }

    /**
     * Press n (counted from 1) is shown when the canvas first shows the marker's count n, after the page got the
     * press; its latency runs from the page's keydown to that draw. A press the canvas never showed with its own
     * count is a miss: counted as {@link #MISSED_MS} and listed, with whether the PC handled it.
     */
    void matchKeys(KeyPresses.Seen seen, int modulo) {
        presses = seen.pressed().size();
        reachedPc = seen.handled().size();
        for (int n = 1; n <= presses; n++) {
            double at = seen.pressed().get(n - 1);
            final int number = n;
            Optional<double[]> handled = seen.handled().stream().filter(h -> h[1] == number).findFirst();
            handled.ifPresent(h -> toPc.add(h[0] - at));
            int count = n % modulo;
            OptionalDouble shownAt = seen.shown().stream().filter(s -> s[0] >= at && s[1] == count).mapToDouble(s -> s[0]).findFirst();
            if (shownAt.isPresent()) {
                latencies.add(shownAt.getAsDouble() - at);
                handled.ifPresent(h -> splitWayBack(h[0], shownAt.getAsDouble(), seen.arrivals()));
                continue;
            }
            latencies.add(MISSED_MS);
            missed.add(n + (handled.isPresent() ? " (handled on the PC, never drawn)" : " (never reached the program on the PC)"));
        }
    }
}

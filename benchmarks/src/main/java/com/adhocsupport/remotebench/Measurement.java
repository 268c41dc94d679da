package com.adhocsupport.remotebench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The figures of one pipeline under one workload. */
final class Measurement {

    double seconds;
    double bytes;
    double messages;
    double frames;
    double shown;
    double captureCpu;
    double serverCpu;
    double browserCpu;
    double xserverCpu;
    /** Share of all cores busy, every process of the machine counted (the benchmark's and anyone else's). */
    double machineBusy;
    final List<Double> latencies = new ArrayList<>();
    int presses;

    double bytesPerSecond() {
        return bytes / seconds;
    }

    double fps() {
        return frames / seconds;
    }

    /** Distinct animation frames shown per second (animation only). */
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
        if (latencies.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /**
     * Pairs each flip of the marker as the program made it with the first later flip to the same
     * colour seen in the canvas; a flip the canvas never showed (merged with the next) is not counted.
     */
    void matchKeys(List<double[]> made, List<double[]> seen) {
        presses = made.size();
        int j = 0;
        for (int i = 0; i < made.size(); i++) {
            double at = made.get(i)[0];
            // Shown late is still shown, until the program draws the same colour again.
            double until = i + 2 < made.size() ? made.get(i + 2)[0] : Double.MAX_VALUE;
            while (j < seen.size() && seen.get(j)[0] < at) {
                j++;
            }
            if (j < seen.size() && seen.get(j)[0] < until && seen.get(j)[1] == made.get(i)[1]) {
                latencies.add(seen.get(j)[0] - at);
                j++;
            }
        }
    }
}

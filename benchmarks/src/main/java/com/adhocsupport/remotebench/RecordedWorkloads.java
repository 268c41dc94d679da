package com.adhocsupport.remotebench;

import com.adhocsupport.benchmark.StoredRecordings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * With {@code remotebench.recording=true} the company records Remote Control, and this reads
 * back what each of our connections stored (as the administrator downloads it) and cuts it by the
 * workloads' measured windows: bytes stored per second and per hour of each workload, beside the
 * bytes the viewer page received in the same window.
 */
final class RecordedWorkloads {

    /** One workload's window in one run: stored bytes and page bytes over its seconds. */
    private record Window(double seconds, double storedBytes, double pageBytes) {
    }

    private final StoredRecordings stored;
    private final Map<Workload.Kind, List<Window>> windows = new EnumMap<>(Workload.Kind.class);
    private final Map<Workload.Kind, double[]> thisRun = new EnumMap<>(Workload.Kind.class);
    private final List<Double> connectionBytesPerHour = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private Set<Long> before;

    RecordedWorkloads(StoredRecordings stored) {
        this.stored = stored;
    }

    /** Before our connection opens: the recordings there already. */
    void beforeConnection() throws IOException, InterruptedException {
        before = stored.listed();
        thisRun.clear();
    }

    /** A workload's measured part, from {@code fromEpochMs}, {@code seconds} long, {@code pageBytes} received by the page. */
    void window(Workload.Kind kind, double fromEpochMs, double seconds, double pageBytes) {
        thisRun.put(kind, new double[] {fromEpochMs, seconds, pageBytes});
    }

    /** After our connection closed: its recording, downloaded and cut by the windows. */
    void afterConnection() throws IOException, InterruptedException {
        StoredRecordings.Stored recording = stored.awaitNew(before, 1, 120).get(0);
        long start = recording.startedAt().toEpochMilli();
        thisRun.forEach((kind, w) -> {
            long from = (long) w[0] - start;
            long bytes = recording.bytesBetween(from, from + (long) (w[1] * 1000));
            windows.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Window(w[1], bytes, w[2]));
        });
        connectionBytesPerHour.add(recording.bytes() / (recording.lastAtMillis() / 3.6e6));
        notes.add(String.format(Locale.ROOT, "Recording %d: %.1f MB over %.0f s, %d events, incomplete: %s, gap events %d, chunks lost %d.",
                recording.id(), recording.bytes() / 1e6, recording.lastAtMillis() / 1000.0, recording.events(),
                recording.incomplete() ? "yes" : "no", recording.gaps(), recording.chunksLost()));
    }

    String markdown() {
        StringBuilder md = new StringBuilder("\nSession recording on (Account page, policy ON): what each of our connections stored, "
                + "cut by the workloads' measured windows (events with their 9-byte headers, keyframes included), "
                + "median (lowest–highest) of the runs; \"page\": the bytes the viewer page received in the same window.\n\n"
                + "| workload | stored KiB/s | stored MB per hour | stored / page bytes |\n|---|--:|--:|--:|\n");
        windows.forEach((kind, list) -> md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |\n", kind.label,
                spread(list.stream().map(w -> w.storedBytes() / w.seconds() / 1024).toList(), "%.1f"),
                spread(list.stream().map(w -> w.storedBytes() / w.seconds() * 3600 / 1e6).toList(), "%.0f"),
                spread(list.stream().map(w -> w.storedBytes() / Math.max(1, w.pageBytes())).toList(), "%.2f"))));
        md.append(String.format(Locale.ROOT, "| whole connection (workloads and the pauses between them) | | %s | |\n\n",
                spread(connectionBytesPerHour.stream().map(b -> b / 1e6).toList(), "%.0f")));
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        return md.toString();
    }

    private static String spread(List<Double> values, String format) {
        List<Double> sorted = values.stream().sorted().toList();
        String median = String.format(Locale.ROOT, format, sorted.get(sorted.size() / 2));
        return sorted.size() == 1 ? median : median + String.format(Locale.ROOT, " (" + format + "–" + format + ")",
                sorted.get(0), sorted.get(sorted.size() - 1));
    }
}

package com.adhocsupport.remotebench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The side-by-side table (ours, noVNC, ratio), each figure the median of the runs with the lowest
 * and highest in brackets, and the goals of issues 6 and 17 checked against the medians.
 */
final class ResultTable {

    private final Map<Workload.Kind, List<Measurement>> ours;
    private final Map<Workload.Kind, List<Measurement>> peer;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> goals = new ArrayList<>();

    ResultTable(Map<Workload.Kind, List<Measurement>> ours, Map<Workload.Kind, List<Measurement>> peer) {
        this.ours = ours;
        this.peer = peer;
        build();
    }

    /** The median of the runs' figures; with the lowest and the highest. */
    record Spread(double median, double low, double high) {
        static Spread of(List<Measurement> runs, ToDoubleFunction<Measurement> f) {
            double[] v = runs.stream().mapToDouble(f).sorted().toArray();
            if (v.length == 0) {
                return new Spread(Double.NaN, Double.NaN, Double.NaN);
            }
            double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
            return new Spread(median, v[0], v[v.length - 1]);
        }

        String format(String format) {
            return low == high ? fmt(format, median) : fmt(format, median) + " (" + fmt(format, low) + "–" + fmt(format, high) + ")";
        }
    }

    private void build() {
        for (Workload.Kind kind : Workload.Kind.values()) {
            List<Measurement> o = ours.get(kind);
            List<Measurement> p = peer.get(kind);
            if (o == null || p == null) {
                continue;
            }
            String w = kind.label + String.format(Locale.ROOT, " (%.0f s)", Spread.of(o, m -> m.seconds).median());
            row(w, "KiB server → browser", o, p, m -> m.bytes / 1024, "%.1f");
            row(w, "KiB/s", o, p, m -> m.bytesPerSecond() / 1024, "%.1f");
            row(w, "canvas updates/s", o, p, Measurement::fps, "%.1f");
            String rate = fmt(kind.rate % 1 == 0 ? "%.0f" : "%.1f", kind.rate);
            row(w, kind.rate > 0 ? kind.label + " frames shown/s (of " + rate + ")" : "distinct frames shown/s", o, p,
                    Measurement::shownPerSecond, "%.1f");
            if (kind.still != null) {
                row(w, "last frame: canvas vs screen PSNR dB (∞ = lossless)", o, p, m -> m.psnr, "%.1f");
            }
            if (kind == Workload.Kind.KEYS) {
                row(w, "key→canvas p50 ms (a miss = " + (int) Measurement.MISSED_MS + ")", o, p, m -> m.percentile(50), "%.1f");
                row(w, "key→canvas p95 ms (a miss = " + (int) Measurement.MISSED_MS + ")", o, p, m -> m.percentile(95), "%.1f");
                row(w, "key→PC p50 ms (the input path alone: the program on the PC handled it)", o, p,
                        m -> Measurement.percentile(m.toPc, 50), "%.1f");
                rows.add(new String[] {w, "presses shown, all runs", shownOf(o), shownOf(p), ""});
            }
            row(w, "capture CPU % of a core", o, p, m -> Measurement.percent(m.captureCpu, m.seconds), "%.1f");
            row(w, "server CPU % of a core", o, p, m -> Measurement.percent(m.serverCpu, m.seconds), "%.1f");
            if (kind != Workload.Kind.STATIC) {
                row(w, "capture CPU ms per frame shown", o, p, m -> 1000 * m.captureCpu / Math.max(1, m.shown), "%.1f");
                row(w, "page CPU ms per frame shown", o, p, m -> 1000 * m.browserCpu / Math.max(1, m.shown), "%.1f");
            }
            row(w, "browser CPU % (info)", o, p, m -> Measurement.percent(m.browserCpu, m.seconds), "%.1f");
            row(w, "Xvfb CPU % (info)", o, p, m -> Measurement.percent(m.xserverCpu, m.seconds), "%.1f");
            row(w, "machine busy % of all cores (info)", o, p, m -> 100 * m.machineBusy, "%.0f");
        }
        checkGoals();
    }

    private static String shownOf(List<Measurement> runs) {
        return runs.stream().mapToInt(Measurement::shownPresses).sum() + "/" + runs.stream().mapToInt(m -> m.presses).sum();
    }

    private void row(String workload, String figure, List<Measurement> o, List<Measurement> p, ToDoubleFunction<Measurement> f,
                     String format) {
        Spread a = Spread.of(o, f);
        Spread b = Spread.of(p, f);
        double ratio = a.median() / b.median();  // NaN for ∞/∞ (two lossless PSNRs) and 0/0
        rows.add(new String[] {workload, figure, a.format(format), b.format(format),
            b.median() == 0 || Double.isNaN(ratio) ? "–" : fmt("%.2f", ratio) + "x"});
    }

    private double median(Map<Workload.Kind, List<Measurement>> pipeline, Workload.Kind kind, ToDoubleFunction<Measurement> f) {
        return Spread.of(pipeline.get(kind), f).median();
    }

    private void checkGoals() {
        for (Workload.Kind kind : List.of(Workload.Kind.TYPING, Workload.Kind.SCROLLING, Workload.Kind.CLEARTYPE_TYPING,
                Workload.Kind.CLEARTYPE_SCROLLING)) {
            if (has(kind)) {
                double r = median(ours, kind, m -> m.bytes) / median(peer, kind, m -> m.bytes);
                goal(r <= 0.5, "bytes for " + kind.label + " ≤ 0.5x noVNC's: " + fmt("%.2f", r) + "x");
            }
        }
        if (has(Workload.Kind.KEYS)) {
            double o50 = median(ours, Workload.Kind.KEYS, m -> m.percentile(50));
            double p50 = median(peer, Workload.Kind.KEYS, m -> m.percentile(50));
            double o95 = median(ours, Workload.Kind.KEYS, m -> m.percentile(95));
            goal(o50 / p50 <= 0.5, "key→canvas p50 ≤ 0.5x noVNC's: " + fmt("%.1f", o50) + " vs " + fmt("%.1f", p50) + " ms = "
                    + fmt("%.2f", o50 / p50) + "x");
            goal(o95 < 30, "key→canvas p95 < 30 ms: " + fmt("%.1f", o95) + " ms");
            String shown = shownOf(ours.get(Workload.Kind.KEYS));
            goal(lostPresses().isEmpty(), "every key press shown: " + shown);
        }
        if (has(Workload.Kind.ANIMATION)) {
            double fps = median(ours, Workload.Kind.ANIMATION, Measurement::shownPerSecond);
            double peerFps = median(peer, Workload.Kind.ANIMATION, Measurement::shownPerSecond);
            double bytes = median(ours, Workload.Kind.ANIMATION, Measurement::bytesPerSecond)
                    / median(peer, Workload.Kind.ANIMATION, Measurement::bytesPerSecond);
            goal(fps / peerFps >= 1.5 && bytes <= 1.0, "animation ≥ 1.5x noVNC's fps for no more bytes: " + fmt("%.1f", fps) + " vs "
                    + fmt("%.1f", peerFps) + " fps = " + fmt("%.2f", fps / peerFps) + "x, bytes " + fmt("%.2f", bytes) + "x");
        }
        for (Workload.Kind kind : List.of(Workload.Kind.PHOTOS, Workload.Kind.VIDEO)) {
            if (has(kind)) {
                lossyGoal(kind);
            }
        }
        double o = perFrame(ours, m -> m.captureCpu);
        double p = perFrame(peer, m -> m.captureCpu);
        if (o > 0 && p > 0) {
            goal(o / p <= 0.5, "capture CPU per frame shown (typing+scrolling+animation) ≤ 0.5x the VNC server's: "
                    + fmt("%.1f", o) + " vs " + fmt("%.1f", p) + " ms = " + fmt("%.2f", o / p) + "x");
        }
        double op = perFrame(ours, m -> m.browserCpu);
        double pp = perFrame(peer, m -> m.browserCpu);
        if (op > 0 && pp > 0) {
            goal(op <= pp, "page CPU per frame shown (typing+scrolling+animation) ≤ noVNC's page: " + fmt("%.1f", op) + " vs "
                    + fmt("%.1f", pp) + " ms = " + fmt("%.2f", op / pp) + "x");
        }
        if (ours.containsKey(Workload.Kind.STATIC)) {
            double percent = median(ours, Workload.Kind.STATIC, m -> Measurement.percent(m.captureCpu, m.seconds));
            double server = median(ours, Workload.Kind.STATIC, m -> Measurement.percent(m.serverCpu, m.seconds));
            goal(percent + server < 1, "static screen < 1% of a core, the server included: " + fmt("%.2f", percent) + "% capture + "
                    + fmt("%.2f", server) + "% server");
        }
    }

    /**
     * Photos and video (issue 17): at least 1.5x noVNC's frames shown for no more bytes, or, where noVNC keeps up with
     * the source (90% of its frames), the source's rate for at most half the bytes; either at no lower quality.
     */
    private void lossyGoal(Workload.Kind kind) {
        double fps = median(ours, kind, Measurement::shownPerSecond);
        double peerFps = median(peer, kind, Measurement::shownPerSecond);
        double bytes = median(ours, kind, Measurement::bytesPerSecond) / median(peer, kind, Measurement::bytesPerSecond);
        double psnr = median(ours, kind, m -> m.psnr);
        double peerPsnr = median(peer, kind, m -> m.psnr);
        boolean keepsUp = peerFps >= 0.9 * kind.rate;
        boolean met = psnr >= peerPsnr && (keepsUp ? fps >= 0.9 * kind.rate && bytes <= 0.5 : fps >= 1.5 * peerFps && bytes <= 1.0);
        goal(met, kind.label + (keepsUp ? ": the source's rate for ≤ 0.5x noVNC's bytes" : ": ≥ 1.5x noVNC's frames shown for no more bytes")
                + ", at no lower quality: " + fmt("%.1f", fps) + " vs " + fmt("%.1f", peerFps) + " frames/s, bytes " + fmt("%.2f", bytes)
                + "x, PSNR " + fmt("%.1f", psnr) + " vs " + fmt("%.1f", peerPsnr) + " dB");
    }

    /** The median over the runs of CPU ms per frame shown over typing, scrolling and the animation together. */
    private static double perFrame(Map<Workload.Kind, List<Measurement>> pipeline, ToDoubleFunction<Measurement> cpu) {
        List<Double> perRun = new ArrayList<>();
        List<Workload.Kind> kinds = List.of(Workload.Kind.TYPING, Workload.Kind.SCROLLING, Workload.Kind.ANIMATION);
        if (!kinds.stream().allMatch(pipeline::containsKey)) {
            return 0;
        }
        int runs = kinds.stream().mapToInt(k -> pipeline.get(k).size()).min().orElse(0);
        for (int r = 0; r < runs; r++) {
            double seconds = 0;
            double frames = 0;
            for (Workload.Kind kind : kinds) {
                Measurement m = pipeline.get(kind).get(r);
                seconds += cpu.applyAsDouble(m);
                frames += m.shown;
            }
            perRun.add(frames > 0 ? 1000 * seconds / frames : 0);
        }
        Collections.sort(perRun);
        return perRun.isEmpty() ? 0 : perRun.get(perRun.size() / 2);
    }

    /** One line per run of ours that lost a key press: which, and where it was lost. */
    List<String> lostPresses() {
        List<String> lost = new ArrayList<>();
        List<Measurement> runs = ours.getOrDefault(Workload.Kind.KEYS, List.of());
        for (int r = 0; r < runs.size(); r++) {
            Measurement m = runs.get(r);
            if (!m.missed.isEmpty()) {
                lost.add("run " + (r + 1) + ": " + m.missed.size() + " of " + m.presses + " key presses never shown on our canvas: "
                        + String.join(", ", m.missed));
            }
        }
        return lost;
    }

    /** Runs in which our page showed no frame of a workload whose screen moves: a zero would pass for a saving. */
    List<String> blankWorkloads() {
        List<String> blank = new ArrayList<>();
        ours.forEach((kind, runs) -> {
            for (int r = 0; r < runs.size(); r++) {
                if (kind != Workload.Kind.STATIC && runs.get(r).shown == 0) {
                    blank.add("run " + (r + 1) + ": our page showed nothing during " + kind.label);
                }
            }
        });
        return blank;
    }

    private boolean has(Workload.Kind kind) {
        return ours.containsKey(kind) && peer.containsKey(kind);
    }

    private void goal(boolean met, String text) {
        goals.add((met ? "met    " : "MISSED ") + text);
    }

    private static String fmt(String format, double value) {
        if (Double.isInfinite(value)) {
            return "∞";
        }
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, format, value);
    }

    String text() {
        int[] width = new int[5];
        String[] head = {"workload", "figure", "AdHoc", "noVNC", "AdHoc/noVNC"};
        for (String[] r : withHead(head)) {
            for (int i = 0; i < 5; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : withHead(head)) {
            out.append(String.format(Locale.ROOT, "%-" + width[0] + "s  %-" + width[1] + "s  %" + width[2] + "s  %" + width[3] + "s  %"
                    + width[4] + "s%n", (Object[]) r));
        }
        out.append('\n');
        goals.forEach(g -> out.append(g).append('\n'));
        return out.toString();
    }

    String markdown(String heading) {
        StringBuilder out = new StringBuilder(heading).append("\n\n| Workload | Figure | AdHoc | noVNC | AdHoc/noVNC |\n|---|---|--:|--:|--:|\n");
        String last = "";
        for (String[] r : rows) {
            out.append("| ").append(r[0].equals(last) ? "" : r[0]).append(" | ").append(r[1]).append(" | ").append(r[2]).append(" | ")
                    .append(r[3]).append(" | ").append(r[4]).append(" |\n");
            last = r[0];
        }
        out.append("\nGoals (issues 6 and 17):\n\n");
        goals.forEach(g -> out.append("- ").append(g.startsWith("met") ? "**met**" : "**missed**").append(g.substring(6)).append('\n'));
        return out.toString();
    }

    private List<String[]> withHead(String[] head) {
        List<String[]> all = new ArrayList<>();
        all.add(head);
        all.addAll(rows);
        return all;
    }
}

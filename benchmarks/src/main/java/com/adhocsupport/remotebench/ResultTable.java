package com.adhocsupport.remotebench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The side-by-side table (ours, noVNC, ratio) and the goals of issue 6 checked against it. */
final class ResultTable {

    private final Map<Workload.Kind, Measurement> ours;
    private final Map<Workload.Kind, Measurement> peer;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> goals = new ArrayList<>();

    ResultTable(Map<Workload.Kind, Measurement> ours, Map<Workload.Kind, Measurement> peer) {
        this.ours = ours;
        this.peer = peer;
        build();
    }

    private void build() {
        for (Workload.Kind kind : Workload.Kind.values()) {
            Measurement o = ours.get(kind);
            Measurement p = peer.get(kind);
            if (o == null || p == null) {
                continue;
            }
            String w = kind.label + String.format(Locale.ROOT, " (%.0f s)", o.seconds);
            row(w, "KiB server → browser", o, p, m -> m.bytes / 1024, "%.1f");
            row(w, "KiB/s", o, p, m -> m.bytesPerSecond() / 1024, "%.1f");
            row(w, "canvas updates/s", o, p, Measurement::fps, "%.1f");
            if (kind == Workload.Kind.ANIMATION) {
                row(w, "animation frames shown/s (of 25)", o, p, Measurement::shownPerSecond, "%.1f");
            }
            if (kind == Workload.Kind.KEYS) {
                row(w, "key→canvas p50 ms", o, p, m -> m.percentile(50), "%.1f");
                row(w, "key→canvas p95 ms", o, p, m -> m.percentile(95), "%.1f");
                rows.add(new String[] {w, "presses shown", o.latencies.size() + "/" + o.presses, p.latencies.size() + "/" + p.presses, ""});
            }
            row(w, "capture CPU % of a core", o, p, m -> Measurement.percent(m.captureCpu, m.seconds), "%.1f");
            row(w, "server CPU % of a core", o, p, m -> Measurement.percent(m.serverCpu, m.seconds), "%.1f");
            if (kind != Workload.Kind.STATIC) {
                row(w, "capture CPU ms/frame", o, p, m -> 1000 * m.captureCpu / Math.max(1, m.frames), "%.1f");
            }
            row(w, "browser CPU % (info)", o, p, m -> Measurement.percent(m.browserCpu, m.seconds), "%.1f");
            row(w, "Xvfb CPU % (info)", o, p, m -> Measurement.percent(m.xserverCpu, m.seconds), "%.1f");
            row(w, "machine busy % of all cores (info)", o, p, m -> 100 * m.machineBusy, "%.0f");
        }
        checkGoals();
    }

    private void row(String workload, String figure, Measurement o, Measurement p, ToDoubleFunction<Measurement> f, String format) {
        double a = f.applyAsDouble(o);
        double b = f.applyAsDouble(p);
        rows.add(new String[] {workload, figure, fmt(format, a), fmt(format, b), b == 0 || Double.isNaN(a) || Double.isNaN(b) ? "–" : fmt("%.2f", a / b) + "x"});
    }

    private void checkGoals() {
        for (Workload.Kind kind : List.of(Workload.Kind.TYPING, Workload.Kind.SCROLLING)) {
            if (has(kind)) {
                double r = ours.get(kind).bytes / peer.get(kind).bytes;
                goal(r <= 0.5, "bytes for " + kind.label + " ≤ 0.5x noVNC's: " + fmt("%.2f", r) + "x");
            }
        }
        if (has(Workload.Kind.KEYS)) {
            Measurement o = ours.get(Workload.Kind.KEYS);
            Measurement p = peer.get(Workload.Kind.KEYS);
            double r = o.percentile(50) / p.percentile(50);
            goal(r <= 0.5, "key→canvas p50 ≤ 0.5x noVNC's: " + fmt("%.1f", o.percentile(50)) + " vs " + fmt("%.1f", p.percentile(50))
                    + " ms = " + fmt("%.2f", r) + "x");
            goal(o.percentile(95) < 40, "key→canvas p95 < 40 ms: " + fmt("%.1f", o.percentile(95)) + " ms");
        }
        if (has(Workload.Kind.ANIMATION)) {
            Measurement o = ours.get(Workload.Kind.ANIMATION);
            Measurement p = peer.get(Workload.Kind.ANIMATION);
            double fps = o.shownPerSecond() / p.shownPerSecond();
            double bytes = o.bytesPerSecond() / p.bytesPerSecond();
            goal(fps >= 1.5 && bytes <= 1.0, "animation ≥ 1.5x noVNC's fps for no more bytes: " + fmt("%.1f", o.shownPerSecond()) + " vs "
                    + fmt("%.1f", p.shownPerSecond()) + " fps = " + fmt("%.2f", fps) + "x, bytes " + fmt("%.2f", bytes) + "x");
        }
        double[] o = perFrame(ours);
        double[] p = perFrame(peer);
        if (o[1] > 0 && p[1] > 0) {
            double r = (o[0] / o[1]) / (p[0] / p[1]);
            goal(r <= 0.5, "capture CPU per delivered frame (typing+scrolling+animation) ≤ 0.5x the VNC server's: "
                    + fmt("%.1f", 1000 * o[0] / o[1]) + " vs " + fmt("%.1f", 1000 * p[0] / p[1]) + " ms = " + fmt("%.2f", r) + "x");
        }
        if (ours.containsKey(Workload.Kind.STATIC)) {
            Measurement s = ours.get(Workload.Kind.STATIC);
            double percent = Measurement.percent(s.captureCpu, s.seconds);
            goal(percent < 1, "static screen < 1% of a core (capture side): " + fmt("%.2f", percent) + "% (server "
                    + fmt("%.2f", Measurement.percent(s.serverCpu, s.seconds)) + "%)");
        }
    }

    private static double[] perFrame(Map<Workload.Kind, Measurement> pipeline) {
        double cpu = 0;
        double frames = 0;
        for (Workload.Kind kind : List.of(Workload.Kind.TYPING, Workload.Kind.SCROLLING, Workload.Kind.ANIMATION)) {
            Measurement m = pipeline.get(kind);
            if (m != null) {
                cpu += m.captureCpu;
                frames += m.frames;
            }
        }
        return new double[] {cpu, frames};
    }

    private boolean has(Workload.Kind kind) {
        return ours.containsKey(kind) && peer.containsKey(kind);
    }

    private void goal(boolean met, String text) {
        goals.add((met ? "met    " : "MISSED ") + text);
    }

    private static String fmt(String format, double value) {
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
        out.append("\nGoals (issue 6):\n\n");
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

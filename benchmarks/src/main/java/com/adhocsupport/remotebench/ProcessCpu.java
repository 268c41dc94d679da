package com.adhocsupport.remotebench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU seconds (user plus system) of Linux processes, read from /proc/PID/stat: of one process, or
 * of a process with its descendants (children that already ended count through cutime/cstime).
 */
public final class ProcessCpu {

    /** Linux reports CPU times in clock ticks; 100 per second on every common kernel. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessCpu() {
    }

    /** CPU seconds of the processes; a process that is gone counts 0. */
    static double seconds(List<Long> pids) {
        double sum = 0;
        for (long pid : pids) {
            sum += ticks(pid, false) / TICKS_PER_SECOND;
        }
        return sum;
    }

    /** CPU seconds of the process and all its descendants, living or ended. */
    static double treeSeconds(long pid) {
        double sum = ticks(pid, true);
        for (long child : descendants(pid)) {
            sum += ticks(child, true);
        }
        return sum / TICKS_PER_SECOND;
    }

    /**
     * CPU seconds of a set of processes that changes (Chromium starts and ends renderers), never going down: a
     * process that ended keeps the time it had when last seen, where summing the living ones would drop it.
     */
    static final class Kept {
        private final Map<Long, Double> lastSeen = new HashMap<>();
        private double ended;

        double seconds(List<Long> living) {
            Map<Long, Double> now = new HashMap<>();
            for (long pid : living) {
                double ticks = ticks(pid, false);
                if (ticks > 0 || !lastSeen.containsKey(pid)) {  // 0 for a seen one: it ended after the listing
                    now.put(pid, ticks / TICKS_PER_SECOND);
                }
            }
            lastSeen.forEach((pid, seconds) -> {
                if (!now.containsKey(pid)) {
                    ended += seconds;
                }
            });
            lastSeen.clear();
            lastSeen.putAll(now);
            return ended + now.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /** Busy and total clock ticks of the whole machine (all cores), from /proc/stat: others' work shows here. */
    public static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Long> descendants(long pid) {
        List<Long> all = new ArrayList<>();
        ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(d -> all.add(d.pid())));
        return all;
    }

    /** Processes whose command line contains {@code text} and whose environment has WINEPREFIX={@code prefix}. */
    static List<Long> wineProcesses(String text, String prefix) {
        List<Long> found = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String cmdline = new String(Files.readAllBytes(p.resolve("cmdline"))).replace('\0', ' ');
                    if (!cmdline.contains(text)) {
                        continue;
                    }
                    String environ = new String(Files.readAllBytes(p.resolve("environ")));
                    if (environ.contains("WINEPREFIX=" + prefix + "\0")) {
                        found.add(Long.parseLong(name));
                    }
                } catch (IOException | RuntimeException gone) {
                    // ended meanwhile, or not ours to read
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static long ticks(long pid, boolean withEndedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // After the command: state(0) ... utime(11) stime(12) cutime(13) cstime(14)
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return withEndedChildren ? ticks + Long.parseLong(f[13]) + Long.parseLong(f[14]) : ticks;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}

package com.adhocsupport.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the server process costs, read from outside it: CPU time from /proc, heap from
 * {@code jcmd} (used, and live after a full GC), resident memory and threads from /proc.
 */
final class ServerProbe {

    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");
    /** Linux reports CPU times in clock ticks; 100 per second on every common kernel. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final long pid;

    ServerProbe(long pid) {
        this.pid = pid;
    }

    /** User plus system CPU seconds the server has used so far. */
    double cpuSeconds() {
        return ticks(Path.of("/proc/" + pid + "/stat")) / TICKS_PER_SECOND;
    }

    /** CPU seconds of the benchmark's own process (the clients), for comparison. */
    static double ownCpuSeconds() {
        return ticks(Path.of("/proc/self/stat")) / TICKS_PER_SECOND;
    }


    double heapUsedMiB() {
        Matcher m = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!m.find()) {
            throw new IllegalStateException("cannot read the heap of " + pid);
        }
        return Long.parseLong(m.group(1)) / 1024.0;
    }

    /** Heap still used after two full collections: what the live objects need. */
    double liveHeapMiB() {
        jcmd("GC.run");
        jcmd("GC.run");
        return heapUsedMiB();
    }

    double residentMiB() {
        return statusField("VmRSS:") / 1024.0;
    }

    long threads() {
        return statusField("Threads:");
    }

    private long statusField(String name) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith(name))
                    .map(l -> Long.parseLong(l.substring(name.length()).trim().split("\\s+")[0])).findFirst().orElse(-1L);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long ticks(Path stat) {
        try {
            String s = Files.readString(stat);
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String jcmd(String command) {
        try {
            Process p = new ProcessBuilder("jcmd", String.valueOf(pid), command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("jcmd failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

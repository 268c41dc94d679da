package com.adhocsupport.benchmark;

import com.adhocsupport.it.ConsoleClient;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the server stored of recorded connections, read as an administrator reads it: the
 * Recordings page (listed, still recording, incomplete) and each recording's download (its events,
 * docs/protocol.md "Recordings"); the chunks lost are the warnings the server logged for it.
 * The relay benchmark and the remote-control benchmark use it.
 */
public final class StoredRecordings {

    /** The resolution of {@link Stored#bytesBetween}. */
    private static final int SLOT_MILLIS = 100;

    /**
     * One recording as stored: when it started, its events' bytes (headers included) and count, gap
     * events, the last event's time (ms from the start), the chunks the server logged as lost.
     */
    public record Stored(long id, Instant startedAt, boolean incomplete, long bytes, long events, int gaps, long lastAtMillis,
                         long chunksLost, long[] bytesPerSlot) {

        /** The bytes of the events from {@code fromMillis} to {@code toMillis} after the start (to {@value #SLOT_MILLIS} ms). */
        public long bytesBetween(long fromMillis, long toMillis) {
            long sum = 0;
            for (int slot = (int) Math.max(0, fromMillis / SLOT_MILLIS); slot < Math.min(bytesPerSlot.length, toMillis / SLOT_MILLIS); slot++) {
                sum += bytesPerSlot[slot];
            }
            return sum;
        }
    }

    private static final Pattern ROW = Pattern.compile("<tr\\b.*?</tr>", Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("recording-data\\?id=(\\d+)");
    private static final Pattern STARTED = Pattern.compile("datetime=\"([^\"]+)\"");
    private static final int EVENT_HEADER = 9;
    private static final Pattern INCOMPLETE = Pattern.compile("class=\"error\">[^<]*incomplete");
    private static final byte GAP = 4;

    private final ConsoleClient admin;
    private final Path serverLog;

    /** As {@code admin}, an administrator signed in; {@code serverLog}: the server's log file (read for lost chunks). */
    public StoredRecordings(ConsoleClient admin, Path serverLog) {
        this.admin = admin;
        this.serverLog = serverLog;
    }

    /** The ids of the recordings listed now. */
    public Set<Long> listed() throws IOException, InterruptedException {
        Set<Long> ids = new TreeSet<>();
        for (Row row : rows()) {
            ids.add(row.id());
        }
        return ids;
    }

    /**
     * Waits (up to {@code seconds}) until {@code count} recordings not in {@code before} are listed
     * and none of them is still recording, then downloads each.
     */
    public List<Stored> awaitNew(Set<Long> before, int count, int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Row> fresh;
        while (true) {
            fresh = rows().stream().filter(r -> !before.contains(r.id())).toList();
            if (fresh.size() >= count && fresh.stream().noneMatch(Row::ongoing)) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(fresh.size() + " of " + count + " recordings listed, "
                        + fresh.stream().filter(Row::ongoing).count() + " still recording after " + seconds + " s");
            }
            Thread.sleep(1000);
        }
        String log = Files.exists(serverLog) ? Files.readString(serverLog, StandardCharsets.ISO_8859_1) : "";
        List<Stored> stored = new ArrayList<>();
        for (Row row : fresh) {
            stored.add(download(row, log));
        }
        return stored;
    }

    private Stored download(Row row, String log) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = admin.download("/app/recording-data?id=" + row.id() + "&file=1");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("recording " + row.id() + ": HTTP " + response.statusCode());
        }
        ByteBuffer events = ByteBuffer.wrap(response.body()).order(ByteOrder.LITTLE_ENDIAN);
        long count = 0;
        int gaps = 0;
        long lastAt = 0;
        long[] slots = new long[1024];
        while (events.remaining() >= EVENT_HEADER) {
            byte kind = events.get();
            lastAt = Integer.toUnsignedLong(events.getInt());
            int length = events.getInt();
            events.position(events.position() + length);
            int slot = (int) (lastAt / SLOT_MILLIS);
            if (slot >= slots.length) {
                slots = Arrays.copyOf(slots, Math.max(2 * slots.length, slot + 1));
            }
            slots[slot] += EVENT_HEADER + length;
            count++;
            gaps += kind == GAP ? 1 : 0;
        }
        long lost = Pattern.compile("Recording " + row.id() + ": (the store is behind|a chunk could not be stored)")
                .matcher(log).results().count();
        return new Stored(row.id(), row.startedAt(), row.incomplete(), response.body().length, count, gaps, lastAt, lost,
                Arrays.copyOf(slots, (int) (lastAt / SLOT_MILLIS) + 1));
    }

    private record Row(long id, Instant startedAt, boolean ongoing, boolean incomplete) {
    }

    private List<Row> rows() throws IOException, InterruptedException {
        List<Row> rows = new ArrayList<>();
        Matcher m = ROW.matcher(admin.page("/app/recordings.xhtml"));
        while (m.find()) {
            Matcher id = ID.matcher(m.group());
            Matcher started = STARTED.matcher(m.group());
            if (id.find() && started.find()) {
                rows.add(new Row(Long.parseLong(id.group(1)), Instant.parse(started.group(1)), m.group().contains("recording now"),
                        INCOMPLETE.matcher(m.group()).find()));
            }
        }
        return rows;
    }
}

package com.adhocsupport.infrastructure.throttle;

import com.adhocsupport.application.throttle.Rate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Tries counted per key in windows, in at most {@code capacity} entries: a full table first drops
 * the entries whose window is over (at most once a second, a sweep costs a pass over the table),
 * then the one used least recently, so an attacker who rotates addresses costs memory only up to
 * the cap and evicts his own entries first.
 */
final class TryCounts {

    private static final Duration SWEEP_INTERVAL = Duration.ofSeconds(1);

    private static final class Entry {
        int tries;
        Instant windowEnd;

        Entry(Instant windowEnd) {
            this.windowEnd = windowEnd;
        }
    }

    private final int capacity;
    private final Clock clock;
    /** In access order: the first entry is the one used least recently. */
    private final LinkedHashMap<Object, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private Instant lastSweep = Instant.MIN;

    TryCounts(int capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    synchronized Optional<Duration> take(Object key, Rate rate) {
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry == null || !now.isBefore(entry.windowEnd)) {
            entries.remove(key);
            makeRoom(now);
            entry = new Entry(now.plus(rate.window()));
            entries.put(key, entry);
        }
        if (entry.tries >= rate.max()) {
            return Optional.of(Duration.between(now, entry.windowEnd));
        }
        if (++entry.tries == rate.max()) {
            entry.windowEnd = now.plus(rate.window());
        }
        return Optional.empty();
    }

    synchronized void giveBack(Object key) {
        Entry entry = entries.get(key);
        if (entry != null && entry.tries > 0) {
            entry.tries--;
        }
    }

    synchronized Optional<Duration> waitingTime(Object key, Rate rate) {
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        return entry != null && entry.tries >= rate.max() && now.isBefore(entry.windowEnd)
                ? Optional.of(Duration.between(now, entry.windowEnd)) : Optional.empty();
    }

    synchronized int size() {
        return entries.size();
    }

    private void makeRoom(Instant now) {
        if (entries.size() < capacity) {
            return;
        }
        if (Duration.between(lastSweep, now).compareTo(SWEEP_INTERVAL) >= 0) {
            lastSweep = now;
            entries.values().removeIf(entry -> !now.isBefore(entry.windowEnd));
        }
        Iterator<Map.Entry<Object, Entry>> eldest = entries.entrySet().iterator();
        while (entries.size() >= capacity && eldest.hasNext()) {
            eldest.next();
            eldest.remove();
        }
    }
}

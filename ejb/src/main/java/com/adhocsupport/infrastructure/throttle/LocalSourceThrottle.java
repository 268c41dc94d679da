package com.adhocsupport.infrastructure.throttle;

import com.adhocsupport.application.config.AdHocSettings;
import com.adhocsupport.application.throttle.SourceThrottle;
import com.adhocsupport.application.throttle.Throttled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The source throttle of one server node: counts in this JVM's memory, at most {@link #MAX_ENTRIES}
 * of them. The rates are read from the settings on every try. An IPv6 address counts by its /64
 * network, the block one subscriber usually gets, so rotating addresses within it gains nothing.
 */
@ApplicationScoped
public class LocalSourceThrottle implements SourceThrottle {

    /** About 200 bytes each: the table stays under 20 MiB whatever the traffic. */
    static final int MAX_ENTRIES = 100_000;

    private record Key(Throttled what, String source, String subject) {
    }

    @Inject
    AdHocSettings settings;

    private final TryCounts counts = new TryCounts(MAX_ENTRIES, Clock.systemUTC());

    @Override
    public Optional<Duration> take(Throttled what, String source, String subject) {
        return counts.take(key(what, source, subject), settings.throttle(what));
    }

    @Override
    public void giveBack(Throttled what, String source, String subject) {
        counts.giveBack(key(what, source, subject));
    }

    @Override
    public Optional<Duration> waitingTime(Throttled what, String source, String subject) {
        return counts.waitingTime(key(what, source, subject), settings.throttle(what));
    }

    private static Key key(Throttled what, String source, String subject) {
        return new Key(what, network(source), subject);
    }

    /** The address itself, or for IPv6 its /64 network; "unknown" when the container gave none. */
    static String network(String source) {
        if (source == null || source.isBlank()) {
            return "unknown";
        }
        if (!source.contains(":")) {
            return source;
        }
        try {
            // A literal with a colon is parsed as IPv6, never looked up in DNS.
            byte[] address = InetAddress.getByName(source).getAddress();
            return address.length == 16 ? Arrays.toString(Arrays.copyOf(address, 8)) + "/64" : source;
        } catch (UnknownHostException e) {
            return source;
        }
    }
}

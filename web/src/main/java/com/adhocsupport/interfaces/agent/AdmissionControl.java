package com.adhocsupport.interfaces.agent;

import com.adhocsupport.application.throttle.SourceThrottle;
import com.adhocsupport.application.throttle.Throttled;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.Session;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounds on WebSocket connections that have not proven themselves yet (docs/protocol.md,
 * "Before a connection is admitted"): handshakes per source address, how many may wait at once
 * (per address and in all), for how long, and how many messages they may send meanwhile.
 */
@ApplicationScoped
public class AdmissionControl {

    static final Duration DEADLINE = Duration.ofSeconds(10);
    static final int MAX_WAITING_PER_SOURCE = 20;
    static final int MAX_WAITING = 1000;
    /** The largest text message before admission (the first frames of the protocol are far smaller); no binary at all. */
    static final int MAX_UNADMITTED_TEXT = 8 * 1024;
    static final int MAX_UNADMITTED_MESSAGES = 20;

    static final CloseReason NOT_ADMITTED = new CloseReason(CloseCodes.VIOLATED_POLICY,
            "not admitted within " + DEADLINE.toSeconds() + " s");
    static final CloseReason TOO_CHATTY = new CloseReason(CloseCodes.VIOLATED_POLICY, "too many messages before admission");

    @Inject
    SourceThrottle throttle;
    @Resource
    ManagedScheduledExecutorService scheduler;

    private final ConcurrentHashMap<String, Integer> waitingBySource = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();

    /**
     * A connection just opened: returns its admission, which closes it at the deadline, or closes
     * it at once (1013, with the time to wait) when its address or the server has too many waiting.
     */
    Admission open(Session connection, String source) {
        Admission admission = new Admission(this, connection, source);
        Optional<Duration> wait = throttle.take(Throttled.HANDSHAKE, source);
        if (wait.isPresent()) {
            admission.refuse(retryLater("too many connections from this address", wait.get()));
        } else if (!hold(source)) {
            admission.refuse(retryLater("too many connections waiting for admission", DEADLINE));
        } else {
            admission.waitUntil(scheduler.schedule(admission::deadlinePassed, DEADLINE.toMillis(), TimeUnit.MILLISECONDS));
        }
        return admission;
    }

    /** One more message before admission from {@code source}: empty when it may be read, else why the connection closes. */
    Optional<CloseReason> unadmittedMessage(String source, int messagesSoFar) {
        if (messagesSoFar > MAX_UNADMITTED_MESSAGES) {
            return Optional.of(TOO_CHATTY);
        }
        return throttle.take(Throttled.UNADMITTED_MESSAGE, source)
                .map(wait -> retryLater("too many messages from this address", wait));
    }

    void release(String source) {
        waitingBySource.computeIfPresent(key(source), (k, count) -> count == 1 ? null : count - 1);
        waiting.decrementAndGet();
    }

    private boolean hold(String source) {
        if (waiting.incrementAndGet() > MAX_WAITING) {
            waiting.decrementAndGet();
            return false;
        }
        boolean[] held = {false};
        waitingBySource.compute(key(source), (k, count) -> {
            int now = count == null ? 0 : count;
            held[0] = now < MAX_WAITING_PER_SOURCE;
            return held[0] ? now + 1 : count;
        });
        if (!held[0]) {
            waiting.decrementAndGet();
        }
        return held[0];
    }

    private static String key(String source) {
        return source == null ? "unknown" : source;
    }

    /** 1013 with the wait in the reason (a close reason has room for 123 bytes). */
    private static CloseReason retryLater(String why, Duration wait) {
        return new CloseReason(CloseCodes.TRY_AGAIN_LATER, why + ": retry in " + Math.max(1, wait.toSeconds()) + " s");
    }
}

package com.adhocsupport.application.throttle;

import java.time.Duration;
import java.util.Optional;

/**
 * Counts tries per source address (the client's address as the container sees it) and refuses
 * them past their {@link Rate}. A try is taken before the work it allows is done, so parallel
 * requests cannot slip past the limit; one that turns out fine (a right password) is given back.
 * The state is the node's own for now; in a cluster this interface is where it would be shared.
 */
public interface SourceThrottle {

    /**
     * Takes one try of {@code what} for {@code source} (and {@code subject}, such as the e-mail a
     * sign-in names, or null): empty when taken, else how long until the next one is allowed.
     */
    Optional<Duration> take(Throttled what, String source, String subject);

    /** Gives back a try taken with {@link #take} that did not fail. */
    void giveBack(Throttled what, String source, String subject);

    /** How long {@code source} must wait before its next try, empty when it may try now. */
    Optional<Duration> waitingTime(Throttled what, String source, String subject);

    default Optional<Duration> take(Throttled what, String source) {
        return take(what, source, null);
    }

    default void giveBack(Throttled what, String source) {
        giveBack(what, source, null);
    }

    default Optional<Duration> waitingTime(Throttled what, String source) {
        return waitingTime(what, source, null);
    }
}

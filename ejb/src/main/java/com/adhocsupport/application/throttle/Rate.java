package com.adhocsupport.application.throttle;

import java.time.Duration;

/**
 * At most {@code max} tries in a {@code window}; the try that uses the last one starts a wait of a
 * whole window, during which every further try is refused.
 */
public record Rate(int max, Duration window) {

    public Rate {
        if (max < 1 || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate needs at least one try and a positive window");
        }
    }

    /** The form the settings use: {@code 20/PT15M}. */
    @Override
    public String toString() {
        return max + "/" + window;
    }
}

package com.adhocsupport.application;

import com.adhocsupport.domain.session.ActivationRefusal;
import java.time.Duration;
import java.time.Instant;

/** The answer to a PC that typed a security code: refused, or provisioned with its secrets. */
public sealed interface ActivationResult {

    /** The PC is told the product's message for this refusal, and when it may try again ({@link Duration#ZERO}: at once). */
    record Refused(ActivationRefusal refusal, Duration retryAfter) implements ActivationResult {

        public Refused(ActivationRefusal refusal) {
            this(refusal, Duration.ZERO);
        }
    }

    /**
     * The session is active on this PC. The access password is for creating the hidden
     * account; the credential is the PC's own secret for every later connection.
     */
    record Provisioned(long sessionId, String credential, String technicianName, Instant expiresAt,
            String accessPassword) implements ActivationResult {

        @Override
        public String toString() {
            return "Provisioned[session " + sessionId + "]";
        }
    }
}

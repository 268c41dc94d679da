package com.adhocsupport.application.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them, the way authenticator apps make them:
 * HMAC-SHA1, 6 digits, 30-second time steps. A code is accepted one step either side of now, so a
 * phone whose clock is a little off, or a code typed as the step turns, still counts.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    /** Steps accepted either side of the current one. */
    static final int WINDOW = 1;
    private static final int MODULUS = 1_000_000;

    private Totp() {
    }

    /** The time step {@code at} falls in: whole 30-second periods since the Unix epoch. */
    public static long stepAt(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of {@code step}: six digits, leading zeros kept. */
    public static String code(byte[] key, long step) {
        byte[] hash = hmacSha1(key, step);
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = (hash[offset] & 0x7f) << 24 | (hash[offset + 1] & 0xff) << 16
                | (hash[offset + 2] & 0xff) << 8 | hash[offset + 3] & 0xff;
        return String.format("%06d", binary % MODULUS);
    }

    /** The step within the window around {@code now} whose code {@code typed} is, or empty when it is none of them. */
    public static OptionalLong matchingStep(byte[] key, String typed, Instant now) {
        if (typed == null || !typed.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        long found = Long.MIN_VALUE;
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            // every step is computed and compared in constant time, so the answer's time tells nothing
            if (MessageDigest.isEqual(code(key, step).getBytes(), typed.getBytes())) {
                found = step;
            }
        }
        return found == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(found);
    }

    private static byte[] hmacSha1(byte[] key, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            return mac.doFinal(java.nio.ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is required by the Java platform", e);
        }
    }
}

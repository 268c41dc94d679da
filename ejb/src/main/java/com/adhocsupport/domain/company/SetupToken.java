package com.adhocsupport.domain.company;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The one-time secret that first-run setup asks for: 256 random bits, handed to the operator
 * in a file only the server's user can read, so nobody else who reaches a fresh server can
 * create its company. Compared in constant time.
 */
public final class SetupToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    private final String value;

    private SetupToken(String value) {
        this.value = value;
    }

    public static SetupToken generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new SetupToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** A token read back from where it was kept. */
    public static SetupToken of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a setup token cannot be empty");
        }
        return new SetupToken(value.trim());
    }

    /** Whether the operator typed this token; the time taken does not depend on how much of it matched. */
    public boolean matches(String typed) {
        return typed != null && MessageDigest.isEqual(sha256(value), sha256(typed.trim()));
    }

    public String value() {
        return value;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    /** Never the secret itself, so a log line or a debugger's view cannot leak it. */
    @Override
    public String toString() {
        return "SetupToken[hidden]";
    }
}

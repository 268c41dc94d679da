package com.adhocsupport.application.security;

/** Unguessable tokens, security codes and random bytes, and the hash a high-entropy token is looked up by. */
public interface TokenGenerator {

    /** 256 random bits, URL-safe: 43 characters of base64url. */
    String newToken();

    /** A security code a person can read over the phone: nine digits. */
    String newSecurityCode();

    /** {@code count} bytes from the same strong random source (a TOTP secret, recovery codes). */
    byte[] randomBytes(int count);

    /** What the database keeps of a token: enough for random tokens, which cannot be guessed offline. */
    String lookupHash(String token);
}

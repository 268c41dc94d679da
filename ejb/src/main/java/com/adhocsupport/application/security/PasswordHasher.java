package com.adhocsupport.application.security;

/** Slow, salted hashing for secrets a person chooses or types (passwords, security codes). */
public interface PasswordHasher {

    String hash(String secret);

    /** Constant-time comparison; a null, malformed or foreign hash never matches. */
    boolean matches(String secret, String stored);

    /**
     * A hash of nobody's password, to check against when there is no account, so that answer
     * costs the same work as any other.
     */
    String decoy();
}

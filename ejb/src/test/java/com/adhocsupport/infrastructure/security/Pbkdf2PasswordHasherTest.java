package com.adhocsupport.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Pbkdf2PasswordHasherTest {

    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher();

    @Test
    void passwordHashesAreSaltedSlowAndVerifiable() {
        String hash = hasher.hash("correct horse");
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:600000:"), hash);
        assertNotEquals(hash, hasher.hash("correct horse"));
        assertTrue(hasher.matches("correct horse", hash));
        assertFalse(hasher.matches("correct horsE", hash));
        assertFalse(hasher.matches("x", null));
        assertFalse(hasher.matches("x", "md5:abc"));
    }

    @Test
    void theDecoyIsARealHashOfNoPasswordAnyoneTypes() {
        String decoy = hasher.decoy();
        assertTrue(decoy.startsWith("PBKDF2WithHmacSHA256:600000:"), decoy);
        assertEquals(decoy, hasher.decoy());
        assertFalse(hasher.matches("", decoy));
    }
}

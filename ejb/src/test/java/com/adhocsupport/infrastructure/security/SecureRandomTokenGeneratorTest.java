package com.adhocsupport.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecureRandomTokenGeneratorTest {

    private final SecureRandomTokenGenerator tokens = new SecureRandomTokenGenerator();

    @Test
    void tokensAreLongUrlSafeAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = tokens.newToken();
            assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
            assertTrue(seen.add(token));
        }
    }

    @Test
    void codesAreNineDigits() {
        String code = tokens.newSecurityCode();
        assertTrue(code.matches("[0-9]{9}"), code);
    }

    @Test
    void tokenHashesAreSha256InHex() {
        // FIPS 180-2's test vector for "abc"
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", tokens.lookupHash("abc"));
    }
}

package com.adhocsupport.application.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** The SHA-1 seed of RFC 6238's test vectors. */
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238, Appendix B, SHA-1 rows: the eight-digit codes' last six digits. */
    @ParameterizedTest
    @CsvSource({
        "59, 287082",
        "1111111109, 081804",
        "1111111111, 050471",
        "1234567890, 005924",
        "2000000000, 279037",
        "20000000000, 353130"})
    void theRfcVectors(long unixSeconds, String code) {
        assertEquals(code, Totp.code(RFC_KEY, Totp.stepAt(Instant.ofEpochSecond(unixSeconds))));
    }

    @Test
    void aCodeCountsOneStepEitherSideAndNoFurther() {
        long step = Totp.stepAt(Instant.ofEpochSecond(1111111109));
        String code = Totp.code(RFC_KEY, step);
        Instant stepStart = Instant.ofEpochSecond(step * Totp.STEP_SECONDS);

        assertEquals(OptionalLong.of(step), Totp.matchingStep(RFC_KEY, code, stepStart));
        assertEquals(OptionalLong.of(step), Totp.matchingStep(RFC_KEY, code, stepStart.minusSeconds(1)), "the phone is a little ahead");
        assertEquals(OptionalLong.of(step), Totp.matchingStep(RFC_KEY, code, stepStart.plusSeconds(59)), "typed as the next step began");
        assertEquals(OptionalLong.empty(), Totp.matchingStep(RFC_KEY, code, stepStart.plusSeconds(60)), "two steps late");
        assertEquals(OptionalLong.empty(), Totp.matchingStep(RFC_KEY, code, stepStart.minusSeconds(31)), "two steps early");
    }

    @Test
    void onlySixDigitsAreACode() {
        Instant now = Instant.ofEpochSecond(59);
        assertEquals(OptionalLong.empty(), Totp.matchingStep(RFC_KEY, "94287082", now), "the eight-digit form");
        assertEquals(OptionalLong.empty(), Totp.matchingStep(RFC_KEY, "28708", now));
        assertEquals(OptionalLong.empty(), Totp.matchingStep(RFC_KEY, null, now));
        assertEquals(OptionalLong.empty(), Totp.matchingStep(RFC_KEY, "abcdef", now));
    }

    @Test
    void base32AsAuthenticatorAppsReadIt() {
        // RFC 4648's test vector, without padding; apps accept lower case and groups
        assertEquals("MZXW6YTBOI", Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals("foobar".getBytes(StandardCharsets.US_ASCII), Base32.decode("mzxw 6ytb-oi"));
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Base32.encode(RFC_KEY));
        assertThrows(IllegalArgumentException.class, () -> Base32.decode("MZXW1"));
    }
}

package com.adhocsupport.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.adhocsupport.domain.session.AccessPassword.Weakness;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessPasswordTest {

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(nullValues = "NULL", value = {
        "NULL, MISSING",
        "'', MISSING",
        "Ab1-xyz, TOO_SHORT",          // 7 characters, all four classes
        "Ab1-xyzw, OK",                // 8 characters, all four classes
        "Abcdefg1, OK",                // upper, lower, digit
        "abcdefg1!, OK",               // lower, digit, symbol
        "ABCDEFG1!, OK",               // upper, digit, symbol
        "Abcdefgh!, OK",               // upper, lower, symbol
        "abcdefgh1, TOO_SIMPLE",       // two classes
        "ABCDEFGH!, TOO_SIMPLE",
        "12345678!, TOO_SIMPLE",
        "abcdefghijklmnopqrstuvwxyz, TOO_SIMPLE",
        "Password, TOO_SIMPLE",
        "'pass word 1', OK",           // the space is a symbol
        "Ünïcödé1, OK",                // letters outside ASCII count by their case
    })
    void windowsDefaultComplexity(String candidate, String expected) {
        assertEquals(expected.equals("OK") ? Optional.empty() : Optional.of(Weakness.valueOf(expected)),
                AccessPassword.weaknessOf(candidate));
    }

    @ParameterizedTest
    @CsvSource({"127, true", "128, false"})
    void atMost127Characters(int length, boolean accepted) {
        String candidate = "Aa1" + "x".repeat(length - 3);
        assertEquals(accepted ? Optional.empty() : Optional.of(Weakness.TOO_LONG), AccessPassword.weaknessOf(candidate));
    }
}

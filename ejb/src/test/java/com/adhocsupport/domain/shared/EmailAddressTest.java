package com.adhocsupport.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    private static String refusal(String typed) {
        return assertThrows(InvalidValueException.class, () -> new EmailAddress(typed)).getMessageKey();
    }

    /** An address of exactly {@code length} characters. */
    private static String addressOf(int length) {
        String domain = "@example.com";
        return "u".repeat(length - domain.length()) + domain;
    }

    @ParameterizedTest
    @ValueSource(strings = {"user@example.com", "first.last+tag@sub.example.co.uk", "Anna@Acme.example"})
    void anAddressWeCanSendToIsKeptAsTyped(String typed) {
        assertEquals(typed, new EmailAddress(typed).value());
    }

    @Test
    void surroundingBlanksAreNotPartOfIt() {
        assertEquals("user@example.com", new EmailAddress(" \tuser@example.com \n").value());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void nothingTypedIsRequired(String typed) {
        assertEquals("input.email.required", refusal(typed));
    }

    @Test
    void atMost254Characters() {
        assertEquals(254, new EmailAddress(addressOf(254)).value().length());
        assertEquals("input.email.invalid", refusal(addressOf(255)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "user", "user@", "@example.com", "user@localhost", "user@example.", "a@b@example.com",
        "first last@example.com", "user@exa mple.com",
        // the right shape, but not an address by RFC 822
        "a,b@example.com", "a..b@example.com", ".a@example.com", "user@example..com", "a;b@example.com",
        "a(b@example.com", "user@exa_mple.com"})
    void anythingElseIsInvalid(String typed) {
        assertEquals("input.email.invalid", refusal(typed));
    }
}

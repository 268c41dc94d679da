package com.adhocsupport.domain.shared;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.regex.Pattern;

/**
 * An e-mail address we can send to, for an end user's invitation or a technician's login: the
 * typed text without surrounding blanks, at most {@value #MAX_LENGTH} characters, one {@code @}
 * with a dotted domain and no blanks, and an address Jakarta Mail accepts strictly (RFC 822).
 *
 * @param value the address as typed, trimmed
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** @throws InvalidValueException {@code input.email.required} when blank, else {@code input.email.invalid} */
    public EmailAddress {
        value = value == null ? "" : value.trim();
        if (value.isEmpty()) {
            throw new InvalidValueException("input.email.required");
        }
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches() || !strictlyParsed(value)) {
            throw new InvalidValueException("input.email.invalid");
        }
    }

    private static boolean strictlyParsed(String value) {
        try {
            new InternetAddress(value, true).validate();
            return true;
        } catch (AddressException e) {
            return false;
        }
    }
}

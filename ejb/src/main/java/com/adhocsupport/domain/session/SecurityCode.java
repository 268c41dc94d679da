package com.adhocsupport.domain.session;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A security code as the end user typed it: spaces, tabs, line breaks and ASCII dashes are
 * separators and are dropped; what is left must be exactly {@value #DIGITS} ASCII digits. The
 * agent reads it by the same rule; docs/security-code-cases.txt is the table both sides test.
 */
public final class SecurityCode {

    public static final int DIGITS = 9;

    private static final Pattern SEPARATORS = Pattern.compile("[ \t\r\n-]");
    private static final Pattern CODE = Pattern.compile("[0-9]{" + DIGITS + "}");

    /** Why a typed text is no code: nothing but separators, or anything else that is not nine digits. */
    public enum Flaw {
        EMPTY, INVALID
    }

    private final String digits;

    private SecurityCode(String digits) {
        this.digits = digits;
    }

    /** The code in {@code typed}, or empty when it holds none. */
    public static Optional<SecurityCode> parse(String typed) {
        return flawOf(typed).isEmpty() ? Optional.of(new SecurityCode(withoutSeparators(typed))) : Optional.empty();
    }

    /** What keeps {@code typed} from being a code, or nothing when it is one. */
    public static Optional<Flaw> flawOf(String typed) {
        String kept = withoutSeparators(typed);
        if (kept.isEmpty()) {
            return Optional.of(Flaw.EMPTY);
        }
        return CODE.matcher(kept).matches() ? Optional.empty() : Optional.of(Flaw.INVALID);
    }

    private static String withoutSeparators(String typed) {
        return typed == null ? "" : SEPARATORS.matcher(typed).replaceAll("");
    }

    /** The nine digits, which the session's hash was made of. */
    public String digits() {
        return digits;
    }

    /** Never the digits: a code must not reach a log. */
    @Override
    public String toString() {
        return "SecurityCode[*********]";
    }
}

package com.adhocsupport.domain.session;

import java.util.Optional;

/**
 * The rule for an access password, which becomes the Windows password of the PC's hidden
 * account: it must pass Windows' default complexity policy, or the PC refuses the account
 * ("Group policy may have prevented the session from starting"). At least
 * {@value #MIN_LENGTH} characters, at most {@value #MAX_LENGTH}, and characters of at least
 * {@value #MIN_CLASSES} of the four classes upper case, lower case, digit, symbol.
 */
public final class AccessPassword {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 127;
    public static final int MIN_CLASSES = 3;

    /** Why a password cannot be used; each has a message key for the console. */
    public enum Weakness {
        MISSING("input.password.required"),
        TOO_SHORT("input.accessPassword.tooShort"),
        TOO_LONG("input.password.tooLong"),
        TOO_SIMPLE("input.accessPassword.tooSimple");

        private final String messageKey;

        Weakness(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private AccessPassword() {
    }

    /** What is wrong with {@code candidate}, or nothing when Windows will take it. */
    public static Optional<Weakness> weaknessOf(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return Optional.of(Weakness.MISSING);
        }
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Weakness.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Weakness.TOO_LONG);
        }
        return classesIn(candidate) < MIN_CLASSES ? Optional.of(Weakness.TOO_SIMPLE) : Optional.empty();
    }

    /** How many of upper case, lower case, digit and symbol (anything else) the password uses. */
    static int classesIn(String candidate) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean symbol = false;
        for (int c : candidate.codePoints().toArray()) {
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                symbol = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}

package com.adhocsupport.application;

import com.adhocsupport.domain.shared.InvalidValueException;
import java.util.function.Supplier;

/** The user's input cannot be accepted; the message key says why and the field says where. */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;

    public InvalidInputException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    /** The value object {@code make} builds from the user's input; one the domain refuses throws this, naming {@code field}. */
    public static <T> T valueOrThrow(String field, Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidValueException e) {
            throw new InvalidInputException(field, e.getMessageKey());
        }
    }

    public String getField() {
        return field;
    }

    public String getMessageKey() {
        return messageKey;
    }
}

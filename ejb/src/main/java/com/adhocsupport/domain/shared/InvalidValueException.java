package com.adhocsupport.domain.shared;

/** A value object refused what it was given; the message key says why, for the console. */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public InvalidValueException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}

package com.adhocsupport.interfaces.agent;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * Reassembles a WebSocket message that arrives in parts and refuses one that grows past its
 * limit. Undertow does not enforce {@code maxMessageSize}, so the endpoints do it here: a
 * message is never held beyond its limit.
 */
final class MessageParts {

    /** The message passed its limit; the connection closes with 1009. */
    static final class TooBigException extends Exception {
        private static final long serialVersionUID = 1L;

        TooBigException() {
            super("message too big", null, false, false);
        }
    }

    private final int textLimit;
    private final int binaryLimit;
    private final StringBuilder text = new StringBuilder();
    private ByteBuffer binary;

    MessageParts(int textLimit, int binaryLimit) {
        this.textLimit = textLimit;
        this.binaryLimit = binaryLimit;
    }

    /** The whole text once its last part arrived, empty before. */
    Optional<String> text(String part, boolean last) throws TooBigException {
        if (text.length() + part.length() > textLimit) {
            text.setLength(0);
            throw new TooBigException();
        }
        if (last && text.length() == 0) {
            return Optional.of(part);
        }
        text.append(part);
        if (!last) {
            return Optional.empty();
        }
        String whole = text.toString();
        text.setLength(0);
        return Optional.of(whole);
    }

    /** The whole binary message, in a buffer of its own (the server reuses the parts'), once complete. */
    Optional<ByteBuffer> binary(ByteBuffer part, boolean last) throws TooBigException {
        int held = binary == null ? 0 : binary.position();
        if (held + part.remaining() > binaryLimit) {
            binary = null;
            throw new TooBigException();
        }
        if (binary == null) {
            binary = ByteBuffer.allocate(last ? part.remaining() : Math.min(binaryLimit, 4 * part.remaining()));
        } else if (binary.remaining() < part.remaining()) {
            ByteBuffer larger = ByteBuffer.allocate(Math.min(binaryLimit, Math.max(2 * binary.capacity(), held + part.remaining())));
            larger.put(binary.flip());
            binary = larger;
        }
        binary.put(part);
        if (!last) {
            return Optional.empty();
        }
        ByteBuffer whole = binary.flip();
        binary = null;
        return Optional.of(whole);
    }
}

package com.adhocsupport.interfaces.agent;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The kinds of event a recording holds and how one is written (docs/protocol.md, "Recordings"):
 * {@code u8 kind, u32 at (ms from the start), u32 length, bytes}, little-endian. The playback
 * page reads them back (resources/js/playback/events.js).
 */
enum RecordedEvent {
    /** A text frame from the PC's worker (`screen`, `cursor`, chat, clipboard size...). */
    PC_TEXT(1),
    /** A binary frame from the PC's worker: screen rects, frame ends, pointer shapes. */
    PC_BINARY(2),
    /** A text frame from the technician's viewer: input, chat, clipboard size, tools. */
    TECHNICIAN_TEXT(3),
    /** Events were lost here: the recording is incomplete at this point. */
    GAP(4);

    static final int HEADER = 9;

    private final byte kind;

    RecordedEvent(int kind) {
        this.kind = (byte) kind;
    }

    void write(ByteArrayOutputStream out, long atMillis, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN).put(kind).putInt((int) atMillis)
                .putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}

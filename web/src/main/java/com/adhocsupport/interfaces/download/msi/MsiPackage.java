package com.adhocsupport.interfaces.download.msi;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Windows Installer package in memory whose property values can be overwritten in place. A
 * value lives once in the string pool; it can be replaced by one of at most the same length,
 * padded with spaces, so the package's layout (and every other table) stays as built. The
 * MSI build reserves room for this by padding the values it wants stamped.
 */
public final class MsiPackage {

    private final byte[] bytes;
    private final CompoundFile.Stream stringData;
    private final byte[] strings;  // _StringData as read, kept in step with every change
    private final int[] stringOffsets;
    private final int[] stringLengths;
    private final Map<String, Integer> propertyValueIds = new HashMap<>();

    public MsiPackage(byte[] msi) {
        bytes = msi.clone();
        CompoundFile file = new CompoundFile(bytes);
        ByteBuffer pool = buffer(required(file, MsiStreamName.table("_StringPool")).read());
        stringData = required(file, MsiStreamName.table("_StringData"));
        strings = stringData.read();
        List<int[]> entries = readPool(pool);
        stringOffsets = entries.stream().mapToInt(e -> e[0]).toArray();
        stringLengths = entries.stream().mapToInt(e -> e[1]).toArray();
        int stringRefBytes = (pool.getInt(0) & 0x80000000) != 0 ? 3 : 2;
        ByteBuffer table = buffer(required(file, MsiStreamName.table("Property")).read());
        int rows = table.capacity() / (2 * stringRefBytes);
        for (int row = 0; row < rows; row++) {
            // Tables are stored column by column: all Property names, then all values.
            propertyValueIds.put(string(stringRef(table, row, stringRefBytes)), stringRef(table, rows + row, stringRefBytes));
        }
    }

    /** The package's bytes with every change made so far. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The value of property {@code name}, trailing padding removed. */
    public String property(String name) {
        return string(valueId(name)).stripTrailing();
    }

    /**
     * Sets property {@code name} to {@code value} (ASCII), padded with spaces to the room the
     * build left; the installed program must ignore trailing spaces.
     */
    public void setProperty(String name, String value) {
        int id = valueId(name);
        int room = stringLengths[id];
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(value)) {
            throw new IllegalArgumentException(name + " must be ASCII");
        }
        if (value.length() > room) {
            throw new IllegalArgumentException(name + " has room for " + room + " characters, not " + value.length());
        }
        byte[] padded = new byte[room];
        Arrays.fill(padded, (byte) ' ');
        System.arraycopy(value.getBytes(StandardCharsets.US_ASCII), 0, padded, 0, value.length());
        stringData.write(stringOffsets[id], padded);
        System.arraycopy(padded, 0, strings, stringOffsets[id], room);
    }

    /** The string id of the Value column of the Property row {@code name}. */
    private int valueId(String name) {
        Integer id = propertyValueIds.get(name);
        if (id == null) {
            throw new IllegalArgumentException("the package has no property " + name);
        }
        return id;
    }

    private static int stringRef(ByteBuffer table, int cell, int stringRefBytes) {
        int at = cell * stringRefBytes;
        int id = Short.toUnsignedInt(table.getShort(at));
        return stringRefBytes == 3 ? id | (Byte.toUnsignedInt(table.get(at + 2)) << 16) : id;
    }

    private String string(int id) {
        return new String(strings, stringOffsets[id], stringLengths[id], StandardCharsets.ISO_8859_1);
    }

    /** Offset and length in _StringData of each string id (id 0 is the empty string). */
    private static List<int[]> readPool(ByteBuffer pool) {
        List<int[]> strings = new ArrayList<>();
        strings.add(new int[] {0, 0});
        int offset = 0;
        for (int at = 4; at + 4 <= pool.capacity(); at += 4) {
            int length = Short.toUnsignedInt(pool.getShort(at));
            int refs = Short.toUnsignedInt(pool.getShort(at + 2));
            if (length == 0 && refs != 0 && at + 8 <= pool.capacity()) {
                // A string over 64 KiB: this entry holds the high word, the next the low word.
                at += 4;
                length = (refs << 16) | Short.toUnsignedInt(pool.getShort(at));
            }
            strings.add(new int[] {offset, length});
            offset += length;
        }
        return strings;
    }

    private static CompoundFile.Stream required(CompoundFile file, String streamName) {
        return file.stream(streamName).orElseThrow(() -> new IllegalArgumentException("not an MSI: no " + streamName + " stream"));
    }

    private static ByteBuffer buffer(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}

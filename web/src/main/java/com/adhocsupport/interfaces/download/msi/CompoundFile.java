package com.adhocsupport.interfaces.download.msi;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The streams of an OLE compound file (the container of an MSI), read from and written back
 * into one byte array. Only what stamping needs: find a stream by name, read it, overwrite
 * bytes of it in place. The layout (sectors, FAT, mini stream) is never changed.
 */
final class CompoundFile {

    private static final long SIGNATURE = 0xE11AB1A1E011CFD0L;
    private static final int END_OF_CHAIN = 0xFFFFFFFE;
    private static final int DIRECTORY_ENTRY_BYTES = 128;

    private final ByteBuffer file;
    private final int sectorSize;
    private final int miniSectorSize;
    private final long miniStreamCutoff;
    private final int[] fat;
    private final int[] miniFat;
    private final List<Long> miniStream;
    private final List<Long> directory;

    CompoundFile(byte[] bytes) {
        file = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 512 || file.getLong(0) != SIGNATURE) {
            throw new IllegalArgumentException("not a compound file (MSI)");
        }
        sectorSize = 1 << file.getShort(0x1E);
        miniSectorSize = 1 << file.getShort(0x20);
        miniStreamCutoff = Integer.toUnsignedLong(file.getInt(0x38));
        fat = readFat();
        directory = sectorChain(file.getInt(0x30), Long.MAX_VALUE);
        miniFat = toInts(sectorChain(file.getInt(0x3C), Long.MAX_VALUE));
        miniStream = sectorChain(entryStart(0), entrySize(0));
    }

    /** The stream called {@code name} (as stored, i.e. already in MSI's encoding), if present. */
    Optional<Stream> stream(String name) {
        int entries = directory.size() * sectorSize / DIRECTORY_ENTRY_BYTES;
        for (int i = 1; i < entries; i++) {
            if (entryType(i) == 2 && entryName(i).equals(name)) {
                long size = entrySize(i);
                List<Long> pieces = size < miniStreamCutoff ? miniChain(entryStart(i), size) : sectorChain(entryStart(i), size);
                int pieceSize = size < miniStreamCutoff ? miniSectorSize : sectorSize;
                return Optional.of(new Stream(pieces, pieceSize, (int) size));
            }
        }
        return Optional.empty();
    }

    /** A stream's bytes, mapped to their places in the file. */
    final class Stream {
        private final List<Long> pieces;
        private final int pieceSize;
        private final int size;

        private Stream(List<Long> pieces, int pieceSize, int size) {
            this.pieces = pieces;
            this.pieceSize = pieceSize;
            this.size = size;
        }

        int size() {
            return size;
        }

        byte[] read() {
            byte[] out = new byte[size];
            for (int i = 0; i < size; i++) {
                out[i] = file.get(position(i));
            }
            return out;
        }

        void write(int offset, byte[] bytes) {
            if (offset < 0 || offset + bytes.length > size) {
                throw new IllegalArgumentException("write outside the stream");
            }
            for (int i = 0; i < bytes.length; i++) {
                file.put(position(offset + i), bytes[i]);
            }
        }

        private int position(int offset) {
            return Math.toIntExact(pieces.get(offset / pieceSize) + offset % pieceSize);
        }
    }

    private int[] readFat() {
        List<Integer> fatSectors = new ArrayList<>();
        int fatCount = file.getInt(0x2C);
        for (int i = 0; i < 109 && fatSectors.size() < fatCount; i++) {
            fatSectors.add(file.getInt(0x4C + 4 * i));
        }
        int difat = file.getInt(0x44);
        while (fatSectors.size() < fatCount && difat != END_OF_CHAIN) {
            long at = sectorOffset(difat);
            int perSector = sectorSize / 4 - 1;
            for (int i = 0; i < perSector && fatSectors.size() < fatCount; i++) {
                fatSectors.add(file.getInt(Math.toIntExact(at + 4L * i)));
            }
            difat = file.getInt(Math.toIntExact(at + 4L * perSector));
        }
        List<Long> offsets = fatSectors.stream().map(this::sectorOffset).toList();
        return toInts(offsets);
    }

    /** The 32-bit entries stored in the given sectors, in order. */
    private int[] toInts(List<Long> sectorOffsets) {
        int perSector = sectorSize / 4;
        int[] values = new int[sectorOffsets.size() * perSector];
        for (int s = 0; s < sectorOffsets.size(); s++) {
            for (int i = 0; i < perSector; i++) {
                values[s * perSector + i] = file.getInt(Math.toIntExact(sectorOffsets.get(s) + 4L * i));
            }
        }
        return values;
    }

    /** File offsets of the sectors of the chain starting at {@code start}, enough for {@code size} bytes. */
    private List<Long> sectorChain(int start, long size) {
        return chain(start, size, fat, sectorSize, this::sectorOffset);
    }

    /** File offsets of the mini sectors of the chain starting at {@code start}. */
    private List<Long> miniChain(int start, long size) {
        return chain(start, size, miniFat, miniSectorSize, m -> {
            long inMiniStream = (long) m * miniSectorSize;
            return miniStream.get(Math.toIntExact(inMiniStream / sectorSize)) + inMiniStream % sectorSize;
        });
    }

    /** Follows {@code next} from {@code start} (negative values end a chain). */
    private static List<Long> chain(int start, long size, int[] next, int pieceSize, IntFunction<Long> offsetOf) {
        List<Long> offsets = new ArrayList<>();
        for (int at = start; at >= 0 && (long) offsets.size() * pieceSize < size; at = next[at]) {
            if (offsets.size() > next.length) {
                throw new IllegalArgumentException("corrupt compound file: a chain of sectors loops");
            }
            offsets.add(offsetOf.apply(at));
        }
        return offsets;
    }

    private long sectorOffset(int sector) {
        return (sector + 1L) * sectorSize;
    }

    private int entryOffset(int index) {
        int perSector = sectorSize / DIRECTORY_ENTRY_BYTES;
        return Math.toIntExact(directory.get(index / perSector) + (long) (index % perSector) * DIRECTORY_ENTRY_BYTES);
    }

    private String entryName(int index) {
        int at = entryOffset(index);
        int bytes = Math.max(0, file.getShort(at + 0x40) - 2);
        char[] name = new char[Math.min(bytes, 62) / 2];
        for (int i = 0; i < name.length; i++) {
            name[i] = file.getChar(at + 2 * i);
        }
        return new String(name);
    }

    private int entryType(int index) {
        return file.get(entryOffset(index) + 0x42);
    }

    private int entryStart(int index) {
        return file.getInt(entryOffset(index) + 0x74);
    }

    private long entrySize(int index) {
        return Integer.toUnsignedLong(file.getInt(entryOffset(index) + 0x78));
    }
}

package com.adhocsupport.it;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * X Window Dump files, the picture format of X's own tools: {@code xwd -root} saves a screen of
 * the PC's Xvfb in it and {@code xwud} shows one on it. Only 24-bit true-colour pictures (24 or
 * 32 bits a pixel), the kind Xvfb's screens hold.
 */
public final class Xwd {

    private static final int HEADER_FIELDS = 25;
    private static final int COLOR_ENTRY_BYTES = 12;
    private static final int Z_PIXMAP = 2;
    private static final int TRUE_COLOR = 4;
    private static final int MSB_FIRST = 1;

    private Xwd() {
    }

    /** The picture in a dump; the header is big-endian, the pixels in the order it names. */
    public static BufferedImage read(Path file) throws IOException {
        ByteBuffer data = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.BIG_ENDIAN);
        int[] header = new int[HEADER_FIELDS];
        for (int i = 0; i < HEADER_FIELDS; i++) {
            header[i] = data.getInt();
        }
        int headerSize = header[0];
        int width = header[4];
        int height = header[5];
        ByteOrder pixelOrder = header[7] == MSB_FIRST ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        int bitsPerPixel = header[11];
        int bytesPerLine = header[12];
        int colors = header[19];
        if (bitsPerPixel != 24 && bitsPerPixel != 32) {
            throw new IOException(file + ": " + bitsPerPixel + " bits a pixel; only 24 and 32 are read");
        }
        int pixelBytes = bitsPerPixel / 8;
        byte[] pixels = new byte[data.capacity() - headerSize - colors * COLOR_ENTRY_BYTES];
        data.position(headerSize + colors * COLOR_ENTRY_BYTES).get(pixels);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int at = y * bytesPerLine + x * pixelBytes;
                int value = 0;
                for (int b = 0; b < pixelBytes; b++) {
                    int next = pixels[pixelOrder == ByteOrder.BIG_ENDIAN ? at + b : at + pixelBytes - 1 - b] & 0xFF;
                    value = value << 8 | next;
                }
                image.setRGB(x, y, value & 0xFFFFFF);
            }
        }
        return image;
    }

    /** Writes the picture as a 24-bit true-colour dump (32 bits a pixel, big-endian). */
    static void write(BufferedImage image, Path file) throws IOException {
        byte[] name = "picture\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int width = image.getWidth();
        int height = image.getHeight();
        int headerSize = HEADER_FIELDS * 4 + name.length;
        ByteBuffer data = ByteBuffer.allocate(headerSize + width * height * 4).order(ByteOrder.BIG_ENDIAN);
        int[] header = {headerSize, 7, Z_PIXMAP, 24, width, height, 0, MSB_FIRST, 32, MSB_FIRST, 32, 32, width * 4,
            TRUE_COLOR, 0xFF0000, 0x00FF00, 0x0000FF, 8, 256, 0, width, height, 0, 0, 0};
        for (int field : header) {
            data.putInt(field);
        }
        data.put(name);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                data.putInt(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        Files.write(file, data.array());
    }
}

package com.adhocsupport.it;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.imageio.ImageIO;

/**
 * What a stand-in worker sends for the screen (docs/protocol.md, "Binary frames"): one-colour PNG
 * rects and frame ends, alone or bundled.
 */
final class ScreenFrames {

    private ScreenFrames() {
    }

    /** The {@code screen} message of a PC with one monitor of this size. */
    static String screen(int width, int height) {
        return "{\"type\":\"screen\",\"width\":" + width + ",\"height\":" + height + ",\"monitor\":0,\"monitors\":"
                + "[{\"index\":0,\"x\":0,\"y\":0,\"width\":" + width + ",\"height\":" + height + ",\"primary\":true}]}";
    }

    /** A rect frame carrying a PNG. */
    static byte[] rect(int x, int y, int w, int h, byte[] png) {
        ByteBuffer frame = ByteBuffer.allocate(10 + png.length).order(ByteOrder.LITTLE_ENDIAN);
        frame.put((byte) 1).put((byte) 2).putShort((short) x).putShort((short) y).putShort((short) w).putShort((short) h)
                .put(png);
        return frame.array();
    }

    static byte[] frameEnd(int seq) {
        return ByteBuffer.allocate(5).order(ByteOrder.LITTLE_ENDIAN).put((byte) 2).putInt(seq).array();
    }

    /** A bundle as the agent sends it (kind 6): these frames in one message, each after its length as a LEB128 varint. */
    static byte[] bundle(byte[]... frames) {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        message.write(6);
        for (byte[] frame : frames) {
            int length = frame.length;
            for (; length >= 0x80; length >>>= 7) {
                message.write(length & 0x7F | 0x80);
            }
            message.write(length);
            message.writeBytes(frame);
        }
        return message.toByteArray();
    }

    static byte[] png(int w, int h, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, w, h);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}

package com.adhocsupport.remotebench;

import java.awt.image.BufferedImage;
import com.adhocsupport.it.Xwd;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * How close a pipeline's canvas is to the screen it shows: the PSNR (dB, over R, G and B) of a
 * part of the canvas against the same part of the X screen, read at the same moment while that
 * part stands still. A lossless pipeline scores infinity; JPEG at noVNC's quality 6 about 35 to 45.
 */
final class FrameQuality {

    private FrameQuality() {
    }

    static double psnr(BufferedImage shown, BufferedImage source) {
        if (shown.getWidth() != source.getWidth() || shown.getHeight() != source.getHeight()) {
            throw new IllegalArgumentException("the canvas sample is " + shown.getWidth() + "x" + shown.getHeight() + ", the screen's "
                    + source.getWidth() + "x" + source.getHeight());
        }
        double squares = 0;
        for (int y = 0; y < source.getHeight(); y++) {
            for (int x = 0; x < source.getWidth(); x++) {
                int a = shown.getRGB(x, y);
                int b = source.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    int d = (a >> shift & 0xff) - (b >> shift & 0xff);
                    squares += d * d;
                }
            }
        }
        double mse = squares / (3.0 * source.getWidth() * source.getHeight());
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / mse);
    }

    /** The area (x, y, width, height) of the X screen, read with xwd (x11-apps) through {@code scratch}. */
    static BufferedImage screen(String display, Path scratch, int x, int y, int width, int height) throws IOException, InterruptedException {
        Process xwd = new ProcessBuilder("xwd", "-root", "-silent", "-display", display, "-out", scratch.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!xwd.waitFor(30, TimeUnit.SECONDS) || xwd.exitValue() != 0) {
            throw new IOException("xwd could not read the screen " + display);
        }
        return Xwd.read(scratch).getSubimage(x, y, width, height);
    }
}

package com.adhocsupport.it;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.imageio.ImageIO;

/**
 * The technician's phone: an authenticator app that was given the Base32 key the enrolment page
 * showed, and makes RFC 6238 codes from it (HMAC-SHA1, 6 digits, 30 s), independently of the
 * product's own implementation.
 */
final class AuthenticatorApp {

    private static final long STEP_SECONDS = 30;

    private final byte[] key;
    private long lastShownStep = Long.MIN_VALUE;

    private AuthenticatorApp(byte[] key) {
        this.key = key;
    }

    /** The key as the page shows it (in groups, any case). */
    static AuthenticatorApp withKey(String typedKey) {
        return new AuthenticatorApp(base32(typedKey));
    }

    /** What a phone's camera reads from a picture of a QR code (a PNG screenshot of it). */
    static String scanQrCode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("no readable QR code in the picture", e);
        }
    }

    /** The code the app shows now. */
    String code() {
        lastShownStep = Instant.now().getEpochSecond() / STEP_SECONDS;
        return codeOf(lastShownStep);
    }

    /** The next code the app shows after the last one read: waits (at most 30 s) until the time step turns. */
    String nextCode() throws InterruptedException {
        while (Instant.now().getEpochSecond() / STEP_SECONDS <= lastShownStep) {
            Thread.sleep(250);
        }
        return code();
    }

    private String codeOf(long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        String clean = text.replaceAll("[\\s=-]", "").toUpperCase(Locale.ROOT);
        ByteBuffer bytes = ByteBuffer.allocate(clean.length() * 5 / 8);
        long buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            buffer = buffer << 5 | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                bytes.put((byte) (buffer >> bits - 8));
                bits -= 8;
            }
        }
        return bytes.array();
    }
}

package com.adhocsupport.infrastructure.security;

import com.adhocsupport.application.security.SecretSealer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals with AES-256-GCM. The key lives in a file readable only by the server's user:
 * {@code adhoc.sealing.key-file}, created on first use. All nodes of a cluster must share it.
 */
@ApplicationScoped
public class AesGcmSecretSealer implements SecretSealer {

    static final String KEY_FILE = "adhoc.sealing.key-file";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private volatile SecretKey key;

    @Override
    public String seal(String secret) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, iv, secret.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    }

    @Override
    public String unseal(String sealed) {
        ByteBuffer data = ByteBuffer.wrap(Base64.getDecoder().decode(sealed));
        byte[] iv = new byte[IV_BYTES];
        data.get(iv);
        byte[] rest = new byte[data.remaining()];
        data.get(rest);
        return new String(crypt(Cipher.DECRYPT_MODE, iv, rest), StandardCharsets.UTF_8);
    }

    private byte[] crypt(int mode, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, iv));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot " + (mode == Cipher.ENCRYPT_MODE ? "seal" : "unseal")
                    + " a secret: is " + KEY_FILE + " the key it was sealed with?", e);
        }
    }

    private SecretKey key() {
        if (key == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(loadOrCreateKey(keyFile()), "AES");
                }
            }
        }
        return key;
    }

    private static Path keyFile() {
        String configured = System.getProperty(KEY_FILE);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "adhoc-sealing.key");
    }

    private static byte[] loadOrCreateKey(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                Files.createDirectories(file.toAbsolutePath().getParent());
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.write(file, Base64.getEncoder().encode(fresh));
                } catch (FileAlreadyExistsException raceLost) {
                    // another thread or node created it first: use theirs
                }
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file).trim());
            if (key.length != 32) {
                throw new IllegalStateException(KEY_FILE + " " + file + " must hold 32 bytes in base64");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the sealing key " + file, e);
        }
    }
}

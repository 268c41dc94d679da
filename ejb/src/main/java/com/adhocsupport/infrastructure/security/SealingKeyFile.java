package com.adhocsupport.infrastructure.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The server's sealing key: 32 bytes in a file readable only by the server's user,
 * {@code adhoc.sealing.key-file}, created on first use. All nodes of a cluster must share it.
 * Secrets are sealed with it ({@link AesGcmSecretSealer}); recordings are sealed with a key
 * derived from it ({@link HmacRecordingMac}).
 */
final class SealingKeyFile {

    static final String PROPERTY = "adhoc.sealing.key-file";

    private SealingKeyFile() {
    }

    /** The key, read from the configured file (created first when missing). */
    static byte[] bytes() {
        return loadOrCreateKey(keyFile());
    }

    private static Path keyFile() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "adhoc-sealing.key");
    }

    private static byte[] loadOrCreateKey(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
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
                throw new IllegalStateException(PROPERTY + " " + file + " must hold 32 bytes in base64");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the sealing key " + file, e);
        }
    }
}

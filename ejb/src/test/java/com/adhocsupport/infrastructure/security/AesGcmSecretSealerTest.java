package com.adhocsupport.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AesGcmSecretSealerTest {

    @TempDir
    Path dir;

    @AfterEach
    void forgetKeyFile() {
        System.clearProperty(AesGcmSecretSealer.KEY_FILE);
    }

    @Test
    void sealsWithAPrivateKeyFileAndUnsealsAfterARestart() throws Exception {
        Path keyFile = dir.resolve("keys/sealing.key");
        System.setProperty(AesGcmSecretSealer.KEY_FILE, keyFile.toString());
        String sealed = new AesGcmSecretSealer().seal("Pa55word!");
        assertFalse(sealed.contains("Pa55word"));
        assertNotEquals(sealed, new AesGcmSecretSealer().seal("Pa55word!"));
        assertEquals("Pa55word!", new AesGcmSecretSealer().unseal(sealed));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
    }

    @Test
    void anotherKeyCannotUnseal() {
        System.setProperty(AesGcmSecretSealer.KEY_FILE, dir.resolve("a.key").toString());
        String sealed = new AesGcmSecretSealer().seal("secret");
        System.setProperty(AesGcmSecretSealer.KEY_FILE, dir.resolve("b.key").toString());
        assertThrows(IllegalStateException.class, () -> new AesGcmSecretSealer().unseal(sealed));
    }
}

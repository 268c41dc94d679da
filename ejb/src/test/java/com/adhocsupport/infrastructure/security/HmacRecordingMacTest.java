package com.adhocsupport.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HmacRecordingMacTest {

    private static final byte[] DATA = "chunk".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    @AfterEach
    void forgetKeyFile() {
        System.clearProperty(SealingKeyFile.PROPERTY);
    }

    @Test
    void everyNodeWithTheSealingKeyComputesTheSameSealAfterARestart() {
        System.setProperty(SealingKeyFile.PROPERTY, dir.resolve("sealing.key").toString());
        assertEquals(new HmacRecordingMac().of(DATA), new HmacRecordingMac().of(DATA));
    }

    @Test
    void anotherSealingKeyGivesAnotherSeal() {
        System.setProperty(SealingKeyFile.PROPERTY, dir.resolve("a.key").toString());
        String first = new HmacRecordingMac().of(DATA);
        System.setProperty(SealingKeyFile.PROPERTY, dir.resolve("b.key").toString());
        assertNotEquals(first, new HmacRecordingMac().of(DATA));
    }

    @Test
    void theSealingKeyItselfIsNotTheRecordingKey() throws Exception {
        Path keyFile = dir.resolve("sealing.key");
        System.setProperty(SealingKeyFile.PROPERTY, keyFile.toString());
        String seal = new HmacRecordingMac().of(DATA);
        Mac direct = Mac.getInstance("HmacSHA256");
        direct.init(new SecretKeySpec(Base64.getDecoder().decode(Files.readString(keyFile).trim()), "HmacSHA256"));
        assertNotEquals(HexFormat.of().formatHex(direct.doFinal(DATA)), seal);
        assertEquals(64, seal.length());
    }
}

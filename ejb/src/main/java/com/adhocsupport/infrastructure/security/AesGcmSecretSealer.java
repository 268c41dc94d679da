package com.adhocsupport.infrastructure.security;

import com.adhocsupport.application.security.SecretSealer;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals with AES-256-GCM, with the sealing key ({@link SealingKeyFile}).
 */
@ApplicationScoped
public class AesGcmSecretSealer implements SecretSealer {

    static final String KEY_FILE = SealingKeyFile.PROPERTY;
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
                    key = new SecretKeySpec(SealingKeyFile.bytes(), "AES");
                }
            }
        }
        return key;
    }
}

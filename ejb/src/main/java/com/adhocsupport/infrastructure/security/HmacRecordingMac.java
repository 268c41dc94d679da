package com.adhocsupport.infrastructure.security;

import com.adhocsupport.domain.recording.SealChain;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals recordings with HMAC-SHA256 under a key of their own, derived from the sealing key
 * ({@link SealingKeyFile}) as HMAC-SHA256(sealing key, {@value #PURPOSE}): knowing a recording's
 * seals tells nothing of the key that seals secrets.
 */
@ApplicationScoped
public class HmacRecordingMac implements SealChain.Mac {

    static final String PURPOSE = "adhoc-support recording seal v1";
    private static final String ALGORITHM = "HmacSHA256";

    private volatile SecretKeySpec key;

    @Override
    public String of(byte[] data) {
        return HexFormat.of().formatHex(hmac(key(), data));
    }

    private SecretKeySpec key() {
        if (key == null) {
            key = new SecretKeySpec(hmac(new SecretKeySpec(SealingKeyFile.bytes(), ALGORITHM),
                    PURPOSE.getBytes(StandardCharsets.US_ASCII)), ALGORITHM);
        }
        return key;
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}

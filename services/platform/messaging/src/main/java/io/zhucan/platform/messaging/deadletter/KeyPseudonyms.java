package io.zhucan.platform.messaging.deadletter;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Record keys are persons (platform person ids, resident ID numbers on partner topics). Dead
 * letters keep only a keyed hash of the key (HMAC-SHA256 with a per-environment secret): enough to
 * hold a person's later records behind a parked one, useless to find out who it is — an unkeyed
 * hash of an ID number is reversed by trying them all.
 */
public final class KeyPseudonyms {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec secret;

    public KeyPseudonyms(String secret) {
        if (secret.isBlank()) {
            throw new IllegalArgumentException("zhucan.messaging.dead-letters.key-secret must be set");
        }
        this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public @Nullable String of(@Nullable String key) {
        if (key == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(key.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

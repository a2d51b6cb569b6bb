package io.zhucan.rehabilitation.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed hash (HMAC-SHA-256) of a resident ID number: links a suspected case reported by a
 * partner to the certificate issued later without storing the number. Keyed, because the space of
 * ID numbers is small enough to hash exhaustively.
 */
public final class IdNumberHash {

    private final SecretKeySpec key;

    public IdNumberHash(String secret) {
        if (secret.length() < 16) {
            throw new IllegalArgumentException("the ID-number hash key has at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String of(String idNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(idNumber.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

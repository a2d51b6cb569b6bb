package io.zhucan.profile.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed hash (HMAC-SHA-256) of a resident ID number: partner facts are keyed by the number, the
 * certificate events carry it inside the certificate number; the model stores only this hash to
 * join the two. Keyed, because the space of ID numbers is small enough to hash exhaustively.
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

    /** The ID number is the first 18 characters of a certificate number (ID + category + grade). */
    public String ofCertificateNumber(String certificateNumber) {
        return of(certificateNumber.substring(0, 18));
    }
}

package io.zhucan.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hash (HMAC-SHA256, hex) of a resident ID number under the key the realm's real-name
 * verification and the services share ({@code zhucan.security.id-number-hash-key}). Citizen tokens
 * carry it as {@code id_number_hash}: proof of who the citizen is without the number itself in every
 * token. Keyed, because ID numbers are few enough to hash them all.
 */
public final class IdNumberHash {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public IdNumberHash(String secret) {
        if (secret.length() < 16) {
            throw new IllegalArgumentException("zhucan.security.id-number-hash-key has at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The hash of the 18 characters, check character X in upper case. */
    public String of(String idNumber) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(idNumber.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The token of {@code user} says their verified ID number is {@code idNumber}. */
    public boolean verifies(CurrentUser user, String idNumber) {
        String claimed = user.idNumberHash();
        return claimed != null && MessageDigest.isEqual(
                claimed.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII),
                of(idNumber).getBytes(StandardCharsets.US_ASCII));
    }
}

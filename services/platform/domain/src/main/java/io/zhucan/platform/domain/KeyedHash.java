package io.zhucan.platform.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed hash (HMAC-SHA256, hex) under a per-environment secret: a pseudonym for a value whose
 * space is small enough to hash exhaustively (resident ID numbers, record keys), so an unkeyed hash
 * would be reversed by trying them all. The same value under the same secret gives the same
 * pseudonym, which is what links two records without keeping the value.
 */
public final class KeyedHash {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_SECRET = 16;

    private final SecretKeySpec secret;

    /** @param setting the name of the setting that holds the secret, for the message if it is too short */
    public KeyedHash(String secret, String setting) {
        if (secret == null || secret.length() < MIN_SECRET) {
            throw new IllegalArgumentException(setting + " must hold a secret of at least " + MIN_SECRET + " characters");
        }
        this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String of(String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

package io.zhucan.platform.security;

import io.zhucan.platform.domain.KeyedHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * The keyed hash (HMAC-SHA256, hex) of a resident ID number under the key the realm's real-name
 * verification and the services share ({@code zhucan.security.id-number-hash-key}). Citizen tokens
 * carry it as {@code id_number_hash}: proof of who the citizen is without the number itself in every
 * token. Keyed, because ID numbers are few enough to hash them all.
 */
public final class IdNumberHash {

    private final KeyedHash hash;

    public IdNumberHash(String secret) {
        this.hash = new KeyedHash(secret, "zhucan.security.id-number-hash-key");
    }

    /** The hash of the 18 characters, check character X in upper case. */
    public String of(String idNumber) {
        return hash.of(idNumber.toUpperCase(Locale.ROOT));
    }

    /** The token of {@code user} says their verified ID number is {@code idNumber}. */
    public boolean verifies(CurrentUser user, String idNumber) {
        String claimed = user.idNumberHash();
        return claimed != null && MessageDigest.isEqual(
                claimed.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII),
                of(idNumber).getBytes(StandardCharsets.US_ASCII));
    }
}

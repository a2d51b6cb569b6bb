package io.zhucan.rehabilitation.shared;

import io.zhucan.platform.domain.KeyedHash;

/**
 * A keyed hash of a resident ID number ({@link KeyedHash}): links a suspected case reported by a
 * partner to the certificate issued later without storing the number.
 */
public final class IdNumberHash {

    private final KeyedHash hash;

    public IdNumberHash(String secret) {
        this.hash = new KeyedHash(secret, "zhucan.rehabilitation.id-number-hash-key");
    }

    public String of(String idNumber) {
        return hash.of(idNumber);
    }
}

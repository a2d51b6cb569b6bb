package io.zhucan.profile.shared;

import io.zhucan.platform.domain.KeyedHash;

/**
 * A keyed hash of a resident ID number ({@link KeyedHash}): partner facts are keyed by the number,
 * the certificate events carry it inside the certificate number; the model stores only this hash to
 * join the two.
 */
public final class IdNumberHash {

    private final KeyedHash hash;

    public IdNumberHash(String secret) {
        this.hash = new KeyedHash(secret, "zhucan.profile.id-number-hash-key");
    }

    public String of(String idNumber) {
        return hash.of(idNumber);
    }

    /** The ID number is the first 18 characters of a certificate number (ID + category + grade). */
    public String ofCertificateNumber(String certificateNumber) {
        return of(certificateNumber.substring(0, 18));
    }
}

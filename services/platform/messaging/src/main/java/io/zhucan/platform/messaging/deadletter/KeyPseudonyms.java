package io.zhucan.platform.messaging.deadletter;

import io.zhucan.platform.domain.KeyedHash;
import org.jspecify.annotations.Nullable;

/**
 * Record keys are persons (platform person ids, resident ID numbers on partner topics). Dead
 * letters keep only a keyed hash of the key (HMAC-SHA256 with a per-environment secret): enough to
 * hold a person's later records behind a parked one, useless to find out who it is — an unkeyed
 * hash of an ID number is reversed by trying them all.
 */
public final class KeyPseudonyms {

    private final KeyedHash hash;

    public KeyPseudonyms(String secret) {
        this.hash = new KeyedHash(secret, "zhucan.messaging.dead-letters.key-secret");
    }

    public @Nullable String of(@Nullable String key) {
        return key == null ? null : hash.of(key);
    }
}

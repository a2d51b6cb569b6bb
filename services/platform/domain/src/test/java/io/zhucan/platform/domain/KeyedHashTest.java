package io.zhucan.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** HMAC-SHA256 pseudonyms: stable under one secret, different under another, never with a weak secret. */
class KeyedHashTest {

    @Test
    void isTheHmacSha256OfTheValueInHex() {
        // python3: hmac.new(b'local-demo-id-number-hash-key', b'330102198506151238', hashlib.sha256).hexdigest()
        assertThat(new KeyedHash("local-demo-id-number-hash-key", "k").of("330102198506151238"))
                .isEqualTo("c741a89e6a1703e76becc16ce8c609bf2136c7182c7959009e31e400a68a7ff9");
    }

    @Test
    void linksTheSameValueUnderOneSecretOnly() {
        KeyedHash one = new KeyedHash("a-secret-of-sixteen", "k");
        assertThat(one.of("330102198506151238")).isEqualTo(one.of("330102198506151238"))
                .isNotEqualTo(one.of("330102198506151239"))
                .isNotEqualTo(new KeyedHash("another-secret-16", "k").of("330102198506151238"));
    }

    @Test
    void refusesAShortSecretNamingTheSetting() {
        assertThatThrownBy(() -> new KeyedHash("short", "zhucan.x.key")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zhucan.x.key");
    }
}

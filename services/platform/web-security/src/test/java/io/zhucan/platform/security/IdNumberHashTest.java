package io.zhucan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class IdNumberHashTest {

    private final IdNumberHash hash = new IdNumberHash("local-demo-id-number-hash-key");

    @Test
    void isTheHexHmacSha256OfTheNumberWithAnUpperCaseCheckCharacter() {
        // the value the realm stores for citizen.shangcheng (infra/keycloak/zhucan-realm.json)
        // (computed independently: python3 hmac.new(key, number, sha256).hexdigest())
        assertThat(hash.of("330102198506151238"))
                .isEqualTo("c741a89e6a1703e76becc16ce8c609bf2136c7182c7959009e31e400a68a7ff9");
        assertThat(hash.of("33010219850615123x")).isEqualTo(hash.of("33010219850615123X"));
        assertThat(hash.of("330102198506151238")).hasSize(64).isNotEqualTo(
                new IdNumberHash("another-key-of-16-chars").of("330102198506151238"));
    }

    @Test
    void verifiesOnlyTheNumberTheTokenWasIssuedFor() {
        CurrentUser verified = citizen(hash.of("330102198506151238"));

        assertThat(hash.verifies(verified, "330102198506151238")).isTrue();
        assertThat(hash.verifies(verified, "330102198506151246")).isFalse();
        assertThat(hash.verifies(citizen(null), "330102198506151238")).isFalse();
    }

    @Test
    void theTokensClaimReachesTheCurrentUser() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("s").claim("preferred_username", "c")
                .claim("realm_access", Map.of("roles", List.of("citizen")))
                .claim("person_id", UUID.randomUUID().toString()).claim("id_number_hash", "ab12")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();

        CurrentUser user = CurrentUser.of(KeycloakJwt.authenticationConverter().convert(jwt));

        assertThat(user.idNumberHash()).isEqualTo("ab12");
    }

    @Test
    void refusesAShortKey() {
        assertThatThrownBy(() -> new IdNumberHash("short")).isInstanceOf(IllegalArgumentException.class);
    }

    private static CurrentUser citizen(String idNumberHash) {
        return new CurrentUser("citizen", Set.of("citizen"), "330102", UUID.randomUUID(), "mobile-app", idNumberHash);
    }
}

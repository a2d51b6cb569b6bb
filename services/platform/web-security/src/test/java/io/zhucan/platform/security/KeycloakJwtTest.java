package io.zhucan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class KeycloakJwtTest {

    @Test
    void realmRolesBecomeRoleAuthoritiesAndTheUsernameThePrincipal() {
        var auth = KeycloakJwt.authenticationConverter().convert(jwt(Map.of("realm_access",
                Map.of("roles", List.of("caseworker", "reviewer")))));

        assertThat(auth.getName()).isEqualTo("zhang.san");
        assertThat(roleAuthorities(auth)).containsExactlyInAnyOrder("ROLE_caseworker", "ROLE_reviewer");
    }

    @Test
    void aTokenWithoutRealmRolesHasNoAuthorities() {
        assertThat(roleAuthorities(KeycloakJwt.authenticationConverter().convert(jwt(Map.of())))).isEmpty();
    }

    /** Spring Security 7 also grants a FACTOR_BEARER authority (how the user authenticated). */
    private static List<String> roleAuthorities(org.springframework.security.core.Authentication auth) {
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                .toList();
    }

    private static Jwt jwt(Map<String, Object> claims) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("s").claim("preferred_username", "zhang.san")
                .claims(c -> c.putAll(claims)).issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
    }
}

package io.zhucan.platform.security;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The caller, as the platform's Keycloak token describes them: username, realm roles, the region
 * they are scoped to (staff), their person id and the keyed hash of their real-name verified ID
 * number (citizens, {@link IdNumberHash}). Controllers receive it as a method parameter.
 */
public record CurrentUser(
        String username,
        Set<String> roles,
        @Nullable String region,
        @Nullable UUID personId,
        @Nullable String clientId,
        @Nullable String idNumberHash) {

    public static final String REGION_CLAIM = "region";
    public static final String PERSON_ID_CLAIM = "person_id";
    /** HMAC-SHA256 (hex) of the citizen's verified ID number, put there by the realm's real-name verification. */
    public static final String ID_NUMBER_HASH_CLAIM = "id_number_hash";

    /** A caller whose token carries no verified ID number. */
    public CurrentUser(String username, Set<String> roles, @Nullable String region, @Nullable UUID personId,
            @Nullable String clientId) {
        this(username, roles, region, personId, clientId, null);
    }

    public static CurrentUser of(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new IllegalStateException("the platform authenticates with Keycloak JWTs only");
        }
        Jwt jwt = token.getToken();
        Set<String> roles = token.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
        String personId = jwt.getClaimAsString(PERSON_ID_CLAIM);
        return new CurrentUser(token.getName(), roles, jwt.getClaimAsString(REGION_CLAIM),
                personId == null ? null : UUID.fromString(personId), jwt.getClaimAsString("azp"),
                jwt.getClaimAsString(ID_NUMBER_HASH_CLAIM));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        for (String role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Staff scoped to a region that covers {@code county}. */
    public boolean coversRegion(String county) {
        return region != null && Regions.covers(region, county);
    }

    /** The citizen the token was issued to is {@code person}. */
    public boolean isPerson(UUID person) {
        return hasRole(Roles.CITIZEN) && person.equals(personId);
    }
}

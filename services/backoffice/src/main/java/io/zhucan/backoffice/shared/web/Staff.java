package io.zhucan.backoffice.shared.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The signed-in staff member as pages need them: name, region and roles (to choose links, not to decide). */
public record Staff(String username, String region, Set<String> roles) {

    static Staff of(OidcUser user) {
        Set<String> roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
        String region = user.getClaimAsString("region");
        return new Staff(user.getPreferredUsername(), region == null ? "" : region, roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean hasAny(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}

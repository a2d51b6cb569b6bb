package io.zhucan.platform.security;

import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.security.oauth2.server.resource.authentication.ExpressionJwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * Keycloak access tokens to Spring authentications: realm roles ({@code realm_access.roles}) become
 * {@code ROLE_<role>} authorities and the principal name is the {@code preferred_username}.
 * Shared by the servlet services and the reactive gateway.
 */
public final class KeycloakJwt {

    public static JwtAuthenticationConverter authenticationConverter() {
        ExpressionJwtGrantedAuthoritiesConverter realmRoles = new ExpressionJwtGrantedAuthoritiesConverter(
                new SpelExpressionParser().parseExpression("[realm_access]?.[roles]"));
        realmRoles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(realmRoles);
        converter.setPrincipalClaimName("preferred_username");
        return converter;
    }

    private KeycloakJwt() {
    }
}

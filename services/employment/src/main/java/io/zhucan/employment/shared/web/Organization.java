package io.zhucan.employment.shared.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The {@code organization} claim of an employer's token: the credit code of the organisation they act for. */
public final class Organization {

    public static final String CLAIM = "organization";

    public static @Nullable String ofCaller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken token ? token.getToken().getClaimAsString(CLAIM) : null;
    }

    private Organization() {
    }
}

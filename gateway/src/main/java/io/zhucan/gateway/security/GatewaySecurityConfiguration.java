package io.zhucan.gateway.security;

import io.zhucan.gateway.GatewaySettings;
import io.zhucan.gateway.web.GatewayProblems;
import io.zhucan.platform.security.KeycloakJwt;
import io.zhucan.platform.security.ManagementPort;
import io.zhucan.platform.security.Roles;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import reactor.core.publisher.Mono;

/**
 * The gateway is an OAuth2 resource server of the platform's Keycloak realm: it validates every token
 * (signature against the realm's JWKS, issuer, expiry, audience {@code zhucan-api}) with the same role
 * converter as the services, before anything reaches a service, and relays the token unchanged. Open
 * without a token: health, the public certificate verification and the API documentation. Browser
 * access only from the configured origins; security headers on every answer.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class GatewaySecurityConfiguration {

    /** API answers are data, never a page: nothing may be loaded, framed or executed from them. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** The Swagger UI is a page served by the gateway itself: its own scripts and styles only. */
    static final String DOCS_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    static final String[] DOCS_UI = {"/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/v3/api-docs/**",
            "/v3/api-docs"};
    /** Each service's OpenAPI document under its base path, routed like any API path. */
    static final String[] SERVICE_DOCS = {"/api/*/v3/api-docs", "/api/*/v3/api-docs/**"};
    static final String ADMIN_APIS = "/api/*/admin/**";

    @Bean
    ManagementPort managementPort() {
        return new ManagementPort();
    }

    /** Actuator's own port (health, Prometheus): open, network-restricted instead (see {@link ManagementPort}). */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain managementPortSecurity(ServerHttpSecurity http, ManagementPort managementPort) {
        return common(http.securityMatcher(exchange -> {
            var local = exchange.getRequest().getLocalAddress();
            return local != null && managementPort.is(local.getPort()) ? MatchResult.match() : MatchResult.notMatch();
        }), API_CSP)
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .build();
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityWebFilterChain docsSecurity(ServerHttpSecurity http) {
        return common(http.securityMatcher(ServerWebExchangeMatchers.pathMatchers(DOCS_UI)), DOCS_CSP)
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .build();
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 2)
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, CorsConfigurationSource cors,
            @Value("${zhucan.gateway.public-app-clients:mobile-app}") List<String> appClients) {
        ProblemHandlers problems = new ProblemHandlers();
        return common(http, API_CSP)
                .cors(c -> c.configurationSource(cors))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/certification/verify/**").permitAll()
                        .pathMatchers(HttpMethod.GET, SERVICE_DOCS).permitAll()
                        // only reachable by the circuit breakers' internal forward, never from outside
                        .pathMatchers("/fallback/**").denyAll()
                        .pathMatchers("/actuator/**").hasRole(Roles.OPERATOR)
                        // the admin APIs (payment runs, dead letters) move money and data in bulk: never
                        // for a token of the public app, whatever roles it carries
                        .pathMatchers(ADMIN_APIS).access(notFrom(appClients))
                        .anyExchange().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(
                                new ReactiveJwtAuthenticationConverterAdapter(KeycloakJwt.authenticationConverter())))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .build();
    }

    /** Authenticated, by a token whose client ({@code azp}) is none of {@code clients}. */
    static ReactiveAuthorizationManager<AuthorizationContext> notFrom(List<String> clients) {
        return (authentication, context) -> authentication
                .map(a -> new AuthorizationDecision(a.isAuthenticated() && a instanceof JwtAuthenticationToken jwt
                        && !clients.contains(jwt.getToken().getClaimAsString("azp"))))
                .cast(AuthorizationResult.class)
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    private static ServerHttpSecurity common(ServerHttpSecurity http, String csp) {
        return http
                // bearer tokens in a header, no cookies, no sessions: no CSRF exposure
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.disable())
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .headers(headers -> headers
                        .contentTypeOptions(options -> { })
                        .frameOptions(frame -> frame.mode(Mode.DENY))
                        // written on https requests only (RFC 6797)
                        .hsts(hsts -> hsts.maxAge(Duration.ofDays(365)).includeSubdomains(true))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .contentSecurityPolicy(policy -> policy.policyDirectives(csp)));
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(GatewaySettings settings) {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(settings.cors().allowedOrigins());
        config.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        config.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT,
                HttpHeaders.ACCEPT_LANGUAGE, "X-Request-Id", "Idempotency-Key", HttpHeaders.IF_MATCH,
                HttpHeaders.IF_NONE_MATCH));
        config.setExposedHeaders(List.of("X-Request-Id", HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION,
                HttpHeaders.ETAG, "X-RateLimit-Remaining"));
        // tokens travel in the Authorization header, never in cookies
        config.setAllowCredentials(false);
        config.setMaxAge(settings.cors().maxAge());
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", config);
        return source;
    }

    /** 401 and 403 as problem+json, with the RFC 6750 {@code WWW-Authenticate} challenge on 401. */
    static final class ProblemHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

        @Override
        public Mono<Void> commence(org.springframework.web.server.ServerWebExchange exchange,
                org.springframework.security.core.AuthenticationException e) {
            boolean tokenPresent = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                    tokenPresent ? "Bearer error=\"invalid_token\", error_description=\"The access token is invalid or expired\""
                            : "Bearer");
            return GatewayProblems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "A valid access token from the platform's identity provider is required.");
        }

        @Override
        public Mono<Void> handle(org.springframework.web.server.ServerWebExchange exchange,
                org.springframework.security.access.AccessDeniedException e) {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer error=\"insufficient_scope\"");
            return GatewayProblems.write(exchange, HttpStatus.FORBIDDEN, "forbidden",
                    "Your role does not allow this request.");
        }
    }
}

package io.zhucan.gateway.ratelimit;

import io.zhucan.gateway.GatewaySettings;
import io.zhucan.gateway.web.GatewayProblems;
import java.net.InetSocketAddress;
import java.util.Map;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Rate limits on every routed request, before the circuit breaker: one bucket per user (the JWT
 * subject) and one per client (the token's {@code azp}: the app, the back office, a partner system);
 * callers without a token (public certificate verification) get one bucket per remote address. A
 * request over any of its limits is answered 429 problem+json with {@code Retry-After}, and never
 * reaches a service.
 */
public class RateLimitFilter implements GlobalFilter, Ordered {

    private final RateLimiter<?> limiter;
    private final GatewaySettings.RateLimit limits;

    public RateLimitFilter(RateLimiter<?> limiter, GatewaySettings.RateLimit limits) {
        this.limiter = limiter;
        this.limits = limits;
    }

    @Override
    public int getOrder() {
        // after the security web filters (they run before any gateway filter), before the route filters
        return Ordered.HIGHEST_PRECEDENCE + 1000;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .flatMap(token -> authenticated(token.getToken()))
                .switchIfEmpty(Mono.defer(() -> limiter.isAllowed("anonymous", remoteAddress(exchange))))
                .flatMap(response -> {
                    copyHeaders(exchange, response);
                    if (response.isAllowed()) {
                        return chain.filter(exchange);
                    }
                    String retryAfter = response.getHeaders().getOrDefault(InMemoryRateLimiter.RETRY_AFTER_HEADER, "1");
                    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, retryAfter);
                    return GatewayProblems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                            "Too many requests. Try again in " + retryAfter + " s.");
                });
    }

    private Mono<RateLimiter.Response> authenticated(Jwt jwt) {
        String client = jwt.getClaimAsString("azp");
        String subject = jwt.getSubject() != null ? jwt.getSubject() : jwt.getClaimAsString("preferred_username");
        Mono<RateLimiter.Response> user = limiter.isAllowed("user", String.valueOf(subject));
        if (client == null) {
            return user;
        }
        return user.flatMap(byUser -> byUser.isAllowed()
                ? limiter.isAllowed(limits.clientConfigKey(client), client).map(byClient -> tighter(byUser, byClient))
                : Mono.just(byUser));
    }

    /** The answer of the bucket with fewer tokens left (a refusal wins). */
    private static RateLimiter.Response tighter(RateLimiter.Response a, RateLimiter.Response b) {
        if (!b.isAllowed()) {
            return b;
        }
        return remaining(a) <= remaining(b) ? a : b;
    }

    private static long remaining(RateLimiter.Response response) {
        String value = response.getHeaders().get("X-RateLimit-Remaining");
        try {
            return value == null ? Long.MAX_VALUE : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void copyHeaders(ServerWebExchange exchange, RateLimiter.Response response) {
        for (Map.Entry<String, String> header : response.getHeaders().entrySet()) {
            if (!header.getKey().equals(InMemoryRateLimiter.RETRY_AFTER_HEADER) && header.getValue() != null) {
                exchange.getResponse().getHeaders().set(header.getKey(), header.getValue());
            }
        }
    }

    private static String remoteAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}

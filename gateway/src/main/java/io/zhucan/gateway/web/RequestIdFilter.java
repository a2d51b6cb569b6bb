package io.zhucan.gateway.web;

import io.zhucan.platform.security.RequestIds;
import java.net.URI;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The request id of every request: the caller's {@code X-Request-Id} when it is a safe token, a new one
 * otherwise. It is forwarded to the service, returned to the caller and written in the log context
 * ({@code %X{requestId}}) of the access-log line of every request and of the gateway's warnings about it.
 * Runs before Spring Security, so 401 answers carry it too.
 */
public class RequestIdFilter implements WebFilter, Ordered {

    static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".requestId";
    private static final String ORIGINAL_PATH = RequestIdFilter.class.getName() + ".path";
    private static final Logger access = LoggerFactory.getLogger("io.zhucan.gateway.access");

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = RequestIds.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
        exchange.getAttributes().put(ATTRIBUTE, requestId);
        exchange.getAttributes().put(ORIGINAL_PATH, exchange.getRequest().getPath().value());
        exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId);
        ServerWebExchange withId = exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(RequestIds.HEADER, requestId)))
                .build();
        long start = System.nanoTime();
        return chain.filter(withId).doFinally(signal -> logAccess(withId, requestId, start));
    }

    private static void logAccess(ServerWebExchange exchange, String requestId, long start) {
        if (!access.isInfoEnabled()) {
            return;
        }
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        withRequestId(exchange, () -> access.info("{} {} {} {}ms route={}", exchange.getRequest().getMethod(),
                originalPath(exchange), status == null ? "-" : status.value(), (System.nanoTime() - start) / 1_000_000,
                routeId(exchange)));
    }

    /**
     * Runs a log statement with the request's id in the log context ({@code %X{requestId}}). Reactive
     * requests hop threads, so the id is put in place for the statement rather than kept in a thread local.
     */
    public static void withRequestId(ServerWebExchange exchange, Runnable logStatement) {
        String requestId = requestId(exchange);
        if (requestId == null) {
            logStatement.run();
            return;
        }
        MDC.put(RequestIds.MDC_KEY, requestId);
        try {
            logStatement.run();
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    public static @Nullable String requestId(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }

    /** The path the caller asked for, also after a forward to a fallback. */
    public static String originalPath(ServerWebExchange exchange) {
        String path = exchange.getAttribute(ORIGINAL_PATH);
        if (path != null) {
            return path;
        }
        Set<URI> originals = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
        return originals != null && !originals.isEmpty() ? originals.iterator().next().getPath()
                : exchange.getRequest().getPath().value();
    }

    private static String routeId(ServerWebExchange exchange) {
        org.springframework.cloud.gateway.route.Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route == null ? "-" : route.getId();
    }
}

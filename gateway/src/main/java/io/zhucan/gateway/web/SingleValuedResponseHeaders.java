package io.zhucan.gateway.web;

import io.zhucan.platform.security.RequestIds;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Headers both the gateway and a service may set reach the caller once: the gateway's CORS answer and
 * request id win over the service's, {@code Vary} values are merged. Done just before the response is
 * committed, so it also holds for answers written by a fallback.
 */
public class SingleValuedResponseHeaders implements GlobalFilter, Ordered {

    static final List<String> FIRST_WINS = List.of(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN,
            HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, RequestIds.HEADER);

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            for (String name : FIRST_WINS) {
                List<String> values = headers.get(name);
                if (values != null && values.size() > 1) {
                    headers.set(name, values.getFirst());
                }
            }
            List<String> vary = headers.get(HttpHeaders.VARY);
            if (vary != null && vary.size() > 1) {
                LinkedHashSet<String> unique = new LinkedHashSet<>();
                vary.forEach(value -> unique.add(value.trim()));
                headers.put(HttpHeaders.VARY, new ArrayList<>(unique));
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }
}

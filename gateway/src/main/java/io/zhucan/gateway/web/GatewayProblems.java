package io.zhucan.gateway.web;

import io.zhucan.platform.security.RequestIds;
import io.zhucan.platform.security.problem.Problems;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details written by the gateway itself (401, 403, 404, 429, 503, 504, 500), with the
 * platform's type URIs and the request id, as the services write theirs.
 */
public final class GatewayProblems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static Map<String, Object> body(ServerWebExchange exchange, HttpStatus status, String type, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problems.TYPE_BASE + type);
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", RequestIdFilter.originalPath(exchange));
        String requestId = RequestIdFilter.requestId(exchange);
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        return problem;
    }

    /** Writes the problem as the whole response (status, content type, body). */
    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String requestId = RequestIdFilter.requestId(exchange);
        if (requestId != null) {
            response.getHeaders().set(RequestIds.HEADER, requestId);
        }
        byte[] bytes = JSON.writeValueAsString(body(exchange, status, type, detail)).getBytes(StandardCharsets.UTF_8);
        DataBuffer buffer = response.bufferFactory().wrap(bytes);
        return response.writeWith(Mono.just(buffer));
    }

    private GatewayProblems() {
    }
}

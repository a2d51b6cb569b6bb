package io.zhucan.gateway.web;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The circuit breakers' fallback ({@code forward:/fallback/<route>}): a service that is down, refuses
 * connections, has its circuit open or is too busy answers 503; one that does not answer within the
 * route's time limit answers 504. Always problem+json with the request id, at once.
 */
public class ServiceFallback {

    private static final Logger log = LoggerFactory.getLogger(ServiceFallback.class);

    public Mono<ServerResponse> handle(ServerRequest request) {
        String service = request.pathVariable("route");
        Throwable failure = request.exchange().getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        HttpStatus status;
        String type;
        String detail;
        if (failure instanceof TimeoutException) {
            status = HttpStatus.GATEWAY_TIMEOUT;
            type = "service-timeout";
            detail = "The " + service + " service did not answer in time. Try again later.";
        } else if (failure instanceof CallNotPermittedException || failure instanceof BulkheadFullException) {
            status = HttpStatus.SERVICE_UNAVAILABLE;
            type = "service-unavailable";
            detail = "The " + service + " service is temporarily unavailable (circuit open or too busy). Try again later.";
        } else {
            status = HttpStatus.SERVICE_UNAVAILABLE;
            type = "service-unavailable";
            detail = "The " + service + " service is unavailable. Try again later.";
        }
        int code = status.value();
        RequestIdFilter.withRequestId(request.exchange(), () -> log.warn("route {} answered by its fallback: {} ({})",
                service, code, failure == null ? "no failure recorded" : failure.getClass().getSimpleName()));
        var problem = GatewayProblems.body(request.exchange(), status, type, detail);
        problem.put("service", service);
        ServerResponse.BodyBuilder response = ServerResponse.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, "10");
        }
        return response.bodyValue(problem);
    }
}

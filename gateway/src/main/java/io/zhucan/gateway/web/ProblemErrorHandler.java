package io.zhucan.gateway.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Every error the gateway raises itself (no route, method not allowed, an unexpected exception) leaves
 * as problem+json with the request id, never a stack trace. Ahead of Boot's default handler.
 */
public class ProblemErrorHandler implements WebExceptionHandler, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    @Override
    public int getOrder() {
        return -2;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        exchange.getResponse().getHeaders().clearContentHeaders();
        if (error instanceof ResponseStatusException rse) {
            HttpStatus status = HttpStatus.resolve(rse.getStatusCode().value());
            if (status == null) {
                status = HttpStatus.INTERNAL_SERVER_ERROR;
            }
            String type = switch (status) {
                case NOT_FOUND -> "not-found";
                case METHOD_NOT_ALLOWED -> "method-not-allowed";
                case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
                case BAD_REQUEST -> "invalid-request";
                case SERVICE_UNAVAILABLE -> "service-unavailable";
                case GATEWAY_TIMEOUT -> "service-timeout";
                default -> status.is5xxServerError() ? "internal-error" : "request-refused";
            };
            if (status.is5xxServerError()) {
                int code = status.value();
                RequestIdFilter.withRequestId(exchange, () -> log.warn("gateway error {}: {}", code, error.toString()));
            }
            return GatewayProblems.write(exchange, status, type, status.is5xxServerError()
                    ? "The platform could not answer this request. Quote the request id when you report it."
                    : status.getReasonPhrase() + ".");
        }
        if (error instanceof AuthenticationServiceException) {
            // the realm's keys could not be fetched: not the caller's fault, and not for long
            RequestIdFilter.withRequestId(exchange,
                    () -> log.warn("identity provider unavailable: {}", error.toString()));
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "10");
            return GatewayProblems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "identity-unavailable",
                    "The identity provider cannot be reached to check your token. Try again later.");
        }
        RequestIdFilter.withRequestId(exchange, () -> log.error("unexpected gateway error", error));
        return GatewayProblems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on our side. Quote the request id when you report it.");
    }
}

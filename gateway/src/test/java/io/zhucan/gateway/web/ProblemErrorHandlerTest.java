package io.zhucan.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.server.ResponseStatusException;

class ProblemErrorHandlerTest {

    private final ProblemErrorHandler handler = new ProblemErrorHandler();

    private MockServerWebExchange handle(Throwable error) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/certification/x"));
        exchange.getAttributes().put(RequestIdFilter.ATTRIBUTE, "req-1");
        handler.handle(exchange, error).block();
        return exchange;
    }

    @Test
    void anUnreachableIdentityProviderIs503WithRetryAfter() {
        var exchange = handle(new AuthenticationServiceException("An error occurred while attempting to decode the Jwt"));

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("10");
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("identity-unavailable")
                .contains("\"requestId\":\"req-1\"");
    }

    @Test
    void statusExceptionsKeepTheirStatusAndEverythingElseIsA500WithoutInternals() {
        var notFound = handle(new ResponseStatusException(HttpStatus.NOT_FOUND));
        assertThat(notFound.getResponse().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(notFound.getResponse().getBodyAsString().block()).contains("/problems/not-found");

        var unexpected = handle(new IllegalStateException("secret detail 330102199001011234"));
        assertThat(unexpected.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(unexpected.getResponse().getBodyAsString().block()).contains("internal-error")
                .doesNotContain("secret").doesNotContain("IllegalStateException").doesNotContain("330102199001011234");
    }
}

package io.zhucan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.zhucan.platform.testing.TestInfrastructure;
import io.zhucan.platform.testing.TestJwtIssuer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway over real HTTP: real RS256 tokens from the JWKS-serving test issuer (no mocked
 * decoder), real downstream services ({@link EchoService}), a port where nothing listens for services
 * that are down. One Spring context for the whole module.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class GatewayIT {

    static final EchoService services = new EchoService();
    static final String DEAD = EchoService.deadUri();
    static final TestJwtIssuer tokens = TestInfrastructure.jwtIssuer();
    static final String APP_ORIGIN = "https://app.zhucan.test";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("zhucan.identity.issuer-uri", tokens::issuer);
        registry.add("zhucan.identity.jwk-set-uri", tokens::jwkSetUri);
        registry.add("zhucan.services.certification.uri", services::uri);
        registry.add("zhucan.services.subsidy.uri", services::uri);
        registry.add("zhucan.services.rehabilitation.uri", services::uri);
        registry.add("zhucan.services.employment.uri", () -> DEAD);
        registry.add("zhucan.services.profile.uri", () -> DEAD);
        registry.add("zhucan.gateway.cors.allowed-origins", () -> APP_ORIGIN);
        registry.add("resilience4j.timelimiter.configs.default.timeout-duration", () -> "2s");
        registry.add("resilience4j.circuitbreaker.configs.default.sliding-window-size", () -> "4");
        registry.add("resilience4j.circuitbreaker.configs.default.minimum-number-of-calls", () -> "4");
        registry.add("resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state", () -> "5m");
        registry.add("zhucan.gateway.rate-limit.user.replenish-rate", () -> "2");
        registry.add("zhucan.gateway.rate-limit.user.burst-capacity", () -> "10");
        registry.add("zhucan.gateway.rate-limit.clients.rl-partner.replenish-rate", () -> "1");
        registry.add("zhucan.gateway.rate-limit.clients.rl-partner.burst-capacity", () -> "3");
        registry.add("zhucan.gateway.rate-limit.anonymous.burst-capacity", () -> "100");
    }

    @AfterAll
    static void stopServices() {
        services.close();
    }

    @LocalServerPort int port;
    @Autowired ReactiveResilience4JCircuitBreakerFactory circuitBreakers;
    @Autowired RouteLocator routes;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> send(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{}")
                        : HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    private HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, headers);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(HttpResponse<String> response) {
        return JSON.readValue(response.body(), Map.class);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        Map<String, Object> problem = json(response);
        assertThat(problem).containsEntry("status", status).containsKey("type").containsKey("detail");
        assertThat(problem.get("requestId")).isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static String citizen(String name) {
        return tokens.citizen(name, UUID.nameUUIDFromBytes(name.getBytes())).bearer();
    }

    @Test
    void withoutATokenApiCallsAre401ProblemJsonAndNeverReachAService() {
        var response = get("/api/certification/me/documents");

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(services.received("/api/certification/me/documents")).isEmpty();
        assertProblem(send("POST", "/api/subsidies/payments"), 401);
        assertProblem(get("/api/partners/facts"), 401);
    }

    @Test
    void theAdminApisAreNotReachableWithTheAppsTokensWhateverTheirRoles() {
        String appOperator = tokens.staff("sun.operator", "330000", "operator").client("mobile-app").bearer();
        for (String path : List.of("/api/subsidies/admin/payment-runs", "/api/certification/admin/dead-letters")) {
            assertProblem(send("POST", path, "Authorization", appOperator), 403);
            assertProblem(get(path, "Authorization", citizen("wang.app")), 403);
            assertThat(services.received(path)).isEmpty();
        }
        assertProblem(get("/api/subsidies/admin/payment-runs"), 401);

        String backoffice = tokens.staff("sun.operator", "330000", "operator").bearer();
        assertThat(get("/api/subsidies/admin/payment-runs", "Authorization", backoffice).statusCode()).isEqualTo(200);
        assertThat(services.received("/api/subsidies/admin/payment-runs")).isNotEmpty();
    }

    @Test
    void forgedExpiredForeignAudienceAndForeignIssuerTokensAre401() {
        String[] bad = {
                tokens.staff("mallory", "330102", "caseworker").signedByStranger().bearer(),
                tokens.staff("late", "330102", "caseworker").expired().bearer(),
                tokens.staff("other-app", "330102", "caseworker").audience("another-api").bearer(),
                tokens.staff("elsewhere", "330102", "caseworker").issuer("http://127.0.0.1:1/realms/other").bearer(),
                "Bearer not-a-jwt"};
        for (String bearer : bad) {
            var response = get("/api/certification/cases/rejected", "Authorization", bearer);
            assertProblem(response, 401);
            assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
        }
        assertThat(services.received("/api/certification/cases/rejected")).isEmpty();
    }

    @Test
    void healthAndThePublicCertificateVerificationNeedNoToken() {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        var verification = get("/api/certification/verify/ZC-7Q4K-PUBLIC");
        assertThat(verification.statusCode()).isEqualTo(200);
        assertThat(json(verification)).containsEntry("path", "/api/certification/verify/ZC-7Q4K-PUBLIC")
                .containsEntry("authorization", "null");

        // only reading a verification is public
        assertProblem(send("POST", "/api/certification/verify/ZC-7Q4K-PUBLIC"), 401);
        // and the rest of the gateway's actuator is for operators
        assertProblem(get("/actuator/metrics"), 401);
        assertProblem(get("/actuator/metrics", "Authorization", citizen("nosy.citizen")), 403);
        assertThat(get("/actuator/metrics", "Authorization",
                tokens.staff("ops.metrics", "330000", "operator").bearer()).statusCode()).isEqualTo(200);
    }

    @Test
    void theTokenIsRelayedUnchangedAndTheRequestIdPropagated(CapturedOutput logs) {
        String bearer = citizen("relay.citizen");
        String requestId = "it-" + UUID.randomUUID();

        var response = get("/api/certification/me/certificate", "Authorization", bearer, "X-Request-Id", requestId);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("X-Request-Id")).containsExactly(requestId);
        assertThat(services.received("/api/certification/me/certificate")).last().satisfies(received -> {
            assertThat(received.authorization()).isEqualTo(bearer);
            assertThat(received.requestId()).isEqualTo(requestId);
            assertThat(received.method()).isEqualTo("GET");
        });
        assertThat(logs.getOut()).contains(requestId);
    }

    @Test
    void anUnsafeRequestIdIsReplacedAndTheNewOneForwarded() {
        var response = get("/api/certification/me/applications", "Authorization", citizen("unsafe.citizen"),
                "X-Request-Id", "<script>alert(1)</script>");

        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(requestId).matches("[0-9a-f-]{36}");
        assertThat(services.received("/api/certification/me/applications")).last()
                .satisfies(received -> assertThat(received.requestId()).isEqualTo(requestId));

        var generated = get("/api/certification/verify/NO-ID-GIVEN");
        assertThat(generated.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
    }

    @Test
    void everyRouteIsReadFromTheServerWebfluxPrefixAndPathsAreNotRewritten() {
        assertThat(routes.getRoutes().map(route -> route.getId()).collectList().block())
                .containsExactlyInAnyOrder("certification", "subsidies", "partners", "employment", "rehabilitation",
                        "profile");
        String caseworker = tokens.staff("routes.caseworker", "330102", "caseworker").bearer();
        for (String path : List.of("/api/certification/applications", "/api/subsidies/entitlements",
                "/api/partners/facts/low-income", "/api/rehabilitation/needs")) {
            var response = get(path + "?page=0", "Authorization", caseworker);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(json(response)).containsEntry("path", path);
        }
        // a path no route serves is the gateway's own 404, as problem+json
        assertProblem(get("/api/unknown/things", "Authorization", caseworker), 404);
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIs504ProblemJsonByTheTimeLimiterNotAHang() {
        long start = System.nanoTime();
        var response = get("/api/rehabilitation/plans/slow", "Authorization", citizen("patient.citizen"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertProblem(response, 504);
        assertThat(json(response)).containsEntry("service", "rehabilitation")
                .containsEntry("type", "https://zhucan.io/problems/service-timeout");
        assertThat(took).isLessThan(EchoService.SLOW.minusSeconds(3));
    }

    @Test
    void aServiceThatIsDownIs503ProblemJsonAtOnceAndItsCircuitOpens() {
        String bearer = tokens.staff("dead.caseworker", "330102", "caseworker").bearer();
        CircuitBreaker breaker = circuitBreakers.getCircuitBreakerRegistry().circuitBreaker("employment");
        List<Duration> times = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long start = System.nanoTime();
            var response = send(i % 2 == 0 ? "GET" : "POST", "/api/employment/jobs", "Authorization", bearer);
            times.add(Duration.ofNanos(System.nanoTime() - start));
            assertProblem(response, 503);
            assertThat(json(response)).containsEntry("service", "employment");
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
        }

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(times).allSatisfy(took -> assertThat(took).isLessThan(Duration.ofSeconds(2)));
        assertThat(json(get("/api/employment/jobs", "Authorization", bearer)).get("detail").toString())
                .contains("circuit open");
        // the profile service does not exist yet either: it fails fast the same way
        assertProblem(get("/api/profile/me/timeline", "Authorization", citizen("early.citizen")), 503);
    }

    @Test
    void getIsRetriedOnAFailingServiceAndPostNever() {
        String bearer = tokens.staff("retry.caseworker", "330102", "caseworker").bearer();
        String getKey = "get-" + UUID.randomUUID();
        String postKey = "post-" + UUID.randomUUID();

        var read = get("/api/subsidies/flaky/" + getKey + "?failures=2", "Authorization", bearer);
        var write = send("POST", "/api/subsidies/flaky/" + postKey + "?failures=2", "Authorization", bearer);

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(services.attempts(getKey)).isEqualTo(3);
        assertThat(write.statusCode()).isEqualTo(503);
        assertThat(services.attempts(postKey)).isEqualTo(1);
    }

    /** Requests until the first 429 (at most 200); the answers in order and how long it took. */
    private record Burst(List<HttpResponse<String>> responses, Duration took) {

        long allowed() {
            return responses.stream().filter(r -> r.statusCode() == 200).count();
        }

        HttpResponse<String> refused() {
            return responses.getLast();
        }
    }

    private Burst untilRefused(java.util.function.IntFunction<HttpResponse<String>> request) {
        List<HttpResponse<String>> responses = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            HttpResponse<String> response = request.apply(i);
            responses.add(response);
            if (response.statusCode() != 200) {
                break;
            }
        }
        return new Burst(responses, Duration.ofNanos(System.nanoTime() - start));
    }

    @Test
    void eachUserHasTheirOwnRateLimit() {
        String greedy = citizen("greedy.citizen");

        // burst 10, then 2 per second (test settings)
        Burst burst = untilRefused(i -> get("/api/certification/me/notifications", "Authorization", greedy));

        assertProblem(burst.refused(), 429);
        assertThat(Integer.parseInt(burst.refused().headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(burst.allowed()).isBetween(10L, 10L + 2 * burst.took().toSeconds() + 2);
        // another user of the same app is not affected
        assertThat(get("/api/certification/me/notifications", "Authorization", citizen("patient.neighbour"))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void eachClientHasItsOwnRateLimitAcrossItsUsers() {
        // burst 3, then 1 per second for the client rl-partner, whoever its users are (each asks once)
        Burst burst = untilRefused(i -> get("/api/partners/facts/deaths", "Authorization",
                tokens.staff("partner.user" + i, "330000", "partner").client("rl-partner").bearer()));

        assertProblem(burst.refused(), 429);
        assertThat(burst.allowed()).isBetween(3L, 3L + burst.took().toSeconds() + 2);
        // the same user through another client is not affected
        assertThat(get("/api/partners/facts/deaths", "Authorization",
                tokens.staff("partner.user0", "330000", "partner").client("civil-affairs").bearer()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void browsersMayCallFromTheConfiguredOriginsOnly() {
        var allowed = send("OPTIONS", "/api/certification/me/certificate", "Origin", APP_ORIGIN,
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "authorization,x-request-id");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP_ORIGIN);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("GET");

        var refused = send("OPTIONS", "/api/certification/me/certificate", "Origin", "https://evil.example",
                "Access-Control-Request-Method", "GET");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        var actual = get("/api/certification/me/certificate", "Origin", APP_ORIGIN, "Authorization",
                citizen("browser.citizen"));
        assertThat(actual.statusCode()).isEqualTo(200);
        assertThat(actual.headers().allValues("Access-Control-Allow-Origin")).containsExactly(APP_ORIGIN);
        assertThat(actual.headers().firstValue("Access-Control-Expose-Headers").orElseThrow()).contains("X-Request-Id");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (var response : List.of(get("/api/certification/verify/HEADERS"), get("/api/certification/me/certificate"),
                get("/api/certification/me/certificate", "Authorization", citizen("headers.citizen")))) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .startsWith("default-src 'none'").contains("frame-ancestors 'none'");
            assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
            // plain http on loopback: HSTS is only sent over https
            assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
    }

    @Test
    void aKeepAliveConnectionKeepsBeingServedAfterAnswersTheGatewayWritesItself() throws Exception {
        // one connection, requests back to back: health, 401 and routed answers must all come (Reactor Netty
        // 1.3.6 stopped reading such a connection now and then: reactor/reactor-netty#4361)
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5_000);
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.ISO_8859_1));
            var out = socket.getOutputStream();
            String[] paths = {"/actuator/health", "/api/certification/me/keep-alive", "/api/certification/verify/KEEPALIVE"};
            for (int i = 0; i < 150; i++) {
                String path = paths[i % paths.length];
                out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                out.flush();
                String status = in.readLine();
                assertThat(status).as("answer %d (%s)", i, path).startsWith("HTTP/1.1 ");
                int length = -1;
                for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
                    if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring("content-length:".length()).trim());
                    }
                }
                assertThat(length).as("answer %d (%s) has a length", i, path).isNotNegative();
                char[] body = new char[length];
                for (int read = 0; read < length; ) {
                    read += in.read(body, read, length - read);
                }
            }
        }
    }

    @Test
    void theAggregatedOpenApiListsEveryServiceAndTheirDocumentsAreRoutedWithoutAToken() {
        var config = get("/v3/api-docs/swagger-config");
        assertThat(config.statusCode()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, String>> urls = (List<Map<String, String>>) json(config).get("urls");
        assertThat(urls).extracting(u -> u.get("url")).containsExactlyInAnyOrder("/api/certification/v3/api-docs",
                "/api/subsidies/v3/api-docs", "/api/employment/v3/api-docs", "/api/rehabilitation/v3/api-docs",
                "/api/profile/v3/api-docs");

        var certificationDocs = get("/api/certification/v3/api-docs");
        assertThat(certificationDocs.statusCode()).isEqualTo(200);
        assertThat(json(certificationDocs)).containsEntry("path", "/api/certification/v3/api-docs");
        var ui = get("/swagger-ui.html");
        assertThat(ui.statusCode()).isBetween(200, 399);
    }
}

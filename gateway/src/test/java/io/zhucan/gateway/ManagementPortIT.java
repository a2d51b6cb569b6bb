package io.zhucan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.testing.TestInfrastructure;
import io.zhucan.platform.testing.TestJwtIssuer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With its own management port (as deployed), Prometheus scrapes the gateway without a token; the API port keeps its rules. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class ManagementPortIT {

    static final TestJwtIssuer tokens = TestInfrastructure.jwtIssuer();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("zhucan.identity.issuer-uri", tokens::issuer);
        registry.add("zhucan.identity.jwk-set-uri", tokens::jwkSetUri);
    }

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void prometheusAndTheProbesAnswerOnTheManagementPortWithoutAToken() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);

        assertThat(get(port, "/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(get(port, "/actuator/metrics", "Authorization",
                tokens.staff("ops.metrics", "330000", "operator").bearer()).statusCode())
                .as("actuator is no longer served on the API port").isEqualTo(404);
    }

    private HttpResponse<String> get(int onPort, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + onPort + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

package io.zhucan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.security.audit.PersonFileAudit;
import io.zhucan.platform.security.audit.PersonFileAudit.Outcome;
import io.zhucan.platform.testing.PlatformIntegrationTest;
import io.zhucan.platform.testing.TestInfrastructure;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/**
 * The audit of a read must not need a second connection while the read's transaction holds one:
 * with a pool of four, 64 concurrent reads each holding one connection and waiting for another
 * starved the pool (every request failed after the pool's timeout).
 */
@PlatformIntegrationTest(properties = {
        "spring.datasource.hikari.maximum-pool-size=4",
        "spring.datasource.hikari.connection-timeout=5000"})
class PersonFileAuditPoolIT {

    @LocalServerPort int port;
    @Autowired PersonFileAudit audit;

    @Test
    void sixtyFourConcurrentReadsOnAPoolOfFourAreAllServedAndAudited() throws Exception {
        String caseworker = TestInfrastructure.jwtIssuer().staff("pool.caseworker", "330102", "caseworker").bearer();
        List<UUID> persons = IntStream.range(0, 64).mapToObj(i -> UUID.randomUUID()).toList();
        RestClient http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();

        List<HttpStatusCode> answers;
        try (ExecutorService clients = Executors.newFixedThreadPool(64)) {
            List<CompletableFuture<HttpStatusCode>> calls = persons.stream()
                    .map(person -> CompletableFuture.supplyAsync(() -> http.get()
                            .uri("/api/test/counties/330102/persons/" + person)
                            .header(HttpHeaders.AUTHORIZATION, caseworker)
                            .retrieve().toBodilessEntity().getStatusCode(), clients))
                    .toList();
            answers = calls.stream().map(CompletableFuture::join).toList();
        }

        assertThat(answers).allSatisfy(status -> assertThat(status.value()).isEqualTo(200));
        assertThat(persons).allSatisfy(person -> assertThat(audit.entriesFor(person, 10)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.READ)));
    }
}

package io.zhucan.e2e;

import static io.zhucan.e2e.Api.bearer;
import static io.zhucan.e2e.DemoUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the gateway adds: the same request (a citizen listing their own certificate applications with a
 * real Keycloak token: JWT validation and a PostgreSQL read in the service) sent straight to the certification service and through the gateway (JWT validation,
 * rate limits, circuit breaker, request id, relay), in one run, phases interleaved. Latency p50/p99 one
 * request at a time; throughput and latency with {@link #CONCURRENCY} clients in parallel. Prints the
 * figures and writes {@code target/bench/gateway.json}. Run by {@code ./bench infra/e2e}.
 */
@ExtendWith(E2eExtension.class)
// full JIT for the measured processes, and limits that do not throttle the one benchmark user
@E2eSettings(jvmOptions = "-Xmx512m", gatewayArguments = {
        "--zhucan.gateway.rate-limit.user.replenish-rate=1000000",
        "--zhucan.gateway.rate-limit.user.burst-capacity=1000000",
        "--zhucan.gateway.rate-limit.client.replenish-rate=1000000",
        "--zhucan.gateway.rate-limit.client.burst-capacity=1000000",
        "--logging.level.io.zhucan.gateway.access=WARN"})
class GatewayBenchmark {

    static final int CONCURRENCY = 16;
    static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("zhucan.bench.warmup-seconds", 20));
    static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("zhucan.bench.seconds", 15));
    static final String PATH = "/api/certification/me/applications";

    record Phase(String target, int concurrency, long requests, long failures, double seconds, double p50Ms,
            double p99Ms, double throughput) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void gatewayAddedLatencyAndThroughput(E2eEnvironment environment) throws Exception {
        CertificationFlow.certify(environment, DemoUsers.CITIZEN_PINGHU, DemoUsers.CITIZEN_PINGHU_ID_NUMBER, "330482",
                "pinghu");
        String token = bearer(environment.keycloak.passwordGrant(DemoUsers.CITIZEN_PINGHU, PASSWORD));
        URI direct = URI.create(environment.certificationDirect() + PATH);
        URI viaGateway = URI.create(environment.gateway() + PATH);

        run(direct, token, 4, WARM_UP);
        run(viaGateway, token, 4, WARM_UP);
        List<Phase> phases = new ArrayList<>();
        for (int concurrency : new int[] {1, CONCURRENCY}) {
            phases.add(measure("direct", direct, token, concurrency));
            phases.add(measure("gateway", viaGateway, token, concurrency));
        }
        report(phases);
        assertThat(phases).allSatisfy(phase -> assertThat(phase.failures()).isZero());
    }

    private Phase measure(String target, URI uri, String token, int concurrency) throws Exception {
        long start = System.nanoTime();
        List<long[]> latencies = run(uri, token, concurrency, MEASURE);
        double seconds = (System.nanoTime() - start) / 1e9;
        long failures = latencies.stream().mapToLong(l -> l[l.length - 1]).sum();
        long[] all = latencies.stream().flatMapToLong(l -> Arrays.stream(l, 0, l.length - 1)).sorted().toArray();
        return new Phase(target, concurrency, all.length, failures, round(seconds), millis(all, 0.50), millis(all, 0.99),
                round(all.length / seconds));
    }

    /** One latency array per client (nanoseconds), its last element the number of non-200 answers. */
    private List<long[]> run(URI uri, String token, int concurrency, Duration duration) throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", token)
                .timeout(Duration.ofSeconds(10)).GET().build();
        try (ExecutorService clients = Executors.newFixedThreadPool(concurrency)) {
            List<Future<long[]>> results = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                results.add(clients.submit(() -> {
                    long[] samples = new long[1 << 16];
                    int n = 0;
                    long failures = 0;
                    while (System.nanoTime() < deadline && n < samples.length - 1) {
                        long sent = System.nanoTime();
                        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        samples[n++] = System.nanoTime() - sent;
                        if (response.statusCode() != 200) {
                            failures++;
                        }
                    }
                    long[] result = Arrays.copyOf(samples, n + 1);
                    result[n] = failures;
                    return result;
                }));
            }
            List<long[]> latencies = new ArrayList<>();
            for (Future<long[]> result : results) {
                latencies.add(result.get());
            }
            return latencies;
        }
    }

    private static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return round(sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static void report(List<Phase> phases) throws IOException {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", "gateway");
        result.put("request", "GET " + PATH + " (citizen, Keycloak RS256 token; certification service on the "
                + "embedded PostgreSQL; Keycloak, Kafka, the load generator, gateway and service on the same machine)");
        result.put("measuredAt", Instant.now().toString());
        result.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                "java", System.getProperty("java.version")));
        result.put("warmUpSeconds", WARM_UP.toSeconds());
        result.put("secondsPerPhase", MEASURE.toSeconds());
        result.put("phases", phases);
        for (int i = 0; i + 1 < phases.size(); i += 2) {
            Phase direct = phases.get(i);
            Phase gateway = phases.get(i + 1);
            result.put("addedByGatewayConcurrency" + direct.concurrency(), Map.of(
                    "p50Ms", round(gateway.p50Ms() - direct.p50Ms()),
                    "p99Ms", round(gateway.p99Ms() - direct.p99Ms()),
                    "throughputRatio", round(gateway.throughput() / direct.throughput())));
        }
        String json = Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result);
        Path out = Path.of("target/bench/gateway.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
        System.out.println(json);
    }
}

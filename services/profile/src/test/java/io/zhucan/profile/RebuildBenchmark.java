package io.zhucan.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.kafka.KafkaMessageFactory;
import io.zhucan.platform.events.EventCatalog;
import io.zhucan.platform.events.IntegrationEvent;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.Sex;
import io.zhucan.platform.testing.BenchmarkReport;
import io.zhucan.platform.testing.TestApi.Response;
import io.zhucan.profile.support.ProfileIT;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Rebuild throughput and the province-level indicator query (issue 14): {@code -Dbench.persons}
 * persons (default 100,000; the province has ~1.2 M) with three events each (certificate issued,
 * living allowance decided and granted) across the 90 counties' codes of four cities; the live model
 * is awaited, then a rebuild replays every topic and switches over. Reports events/s of the live
 * consumers and of the replay, and the p50/p99 of {@code GET /indicators?region=330000}. Runs only
 * with {@code ./bench services/profile}; writes target/bench/profile.json. Run once at 3,000 persons only
 * (docs/performance.md).
 */
class RebuildBenchmark extends ProfileIT {

    static final int PERSONS = Integer.getInteger("bench.persons", 100_000);
    static final List<String> COUNTIES = List.of("330102", "330106", "330212", "330482", "330802", "331127");

    @Test
    void rebuildThroughputAndProvinceIndicatorLatency() throws Exception {
        long t = System.nanoTime();
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (int i = 0; i < PERSONS; i++) {
            String county = COUNTIES.get(i % COUNTIES.size());
            UUID person = UUID.randomUUID();
            LocalDate born = LocalDate.of(1960, 1, 1).plusDays(i % 15_000);
            UUID decision = UUID.randomUUID();
            sends.add(sendAsync(issued(Instant.now(), person, idNumber(county, born), county, today(),
                    today().plusYears(10), born, i % 2 == 0 ? Sex.MALE : Sex.FEMALE)));
            sends.add(sendAsync(eligible(person, decision, Allowance.LIVING, county, Instant.now())));
            sends.add(sendAsync(granted(person, UUID.randomUUID(), Allowance.LIVING, county, decision, Instant.now())));
        }
        for (var send : sends) {
            send.get();
        }
        long events = 3L * PERSONS;
        await().atMost(Duration.ofHours(2)).pollInterval(Duration.ofSeconds(1)).until(() -> jdbc.sql(
                "SELECT count(*) FROM timeline_entry WHERE generation = :g").param("g", activeGeneration())
                .query(Long.class).single() >= events);
        double liveSeconds = seconds(t);

        List<Long> latencies = new ArrayList<>();
        String analyst = staff("analyst", "330000", "analyst");
        for (int i = 0; i < 50; i++) {
            long q = System.nanoTime();
            Response report = api.as(analyst).get("/api/profile/indicators?region=330000&month={m}", thisMonth());
            latencies.add((System.nanoTime() - q) / 1_000_000);
            assertThat(report.status()).isEqualTo(200);
        }
        latencies.sort(Long::compare);

        String operator = staff("ops", "330000", "operator");
        long r = System.nanoTime();
        int generation = api.as(operator).post("/api/profile/operations/rebuilds", null).body().path("generation").asInt();
        await().atMost(Duration.ofHours(2)).pollInterval(Duration.ofSeconds(1)).until(() -> "ACTIVE".equals(
                api.as(operator).get("/api/profile/operations/rebuilds/{g}", generation).field("/status")));
        double rebuildSeconds = seconds(r);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("persons", PERSONS);
        result.put("events", events);
        result.put("liveSeconds", liveSeconds);
        result.put("liveEventsPerSecond", Math.round(events / liveSeconds));
        result.put("rebuildSeconds", rebuildSeconds);
        result.put("rebuildEventsPerSecond", Math.round(events / rebuildSeconds));
        result.put("provinceIndicatorsP50Millis", BenchmarkReport.percentile(latencies, 50));
        result.put("provinceIndicatorsP99Millis", BenchmarkReport.percentile(latencies, 99));
        BenchmarkReport.write("profile", result);
    }

    private CompletableFuture<?> sendAsync(IntegrationEvent event) {
        return kafka.send(KafkaMessageFactory.createWriter(EventCatalog.of(event.getClass()).topic(), null, null,
                event.partitionKey()).writeBinary(codec.toCloudEvent(event)));
    }

    private static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e7) / 100.0;
    }
}

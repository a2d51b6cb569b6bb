package io.zhucan.platform.messaging;

import static org.awaitility.Awaitility.await;

import io.namastack.outbox.OutboxProcessingScheduler;
import io.zhucan.platform.messaging.MessagingTestApplication.Renewals;
import io.zhucan.platform.testing.BenchmarkReport;
import io.zhucan.platform.testing.PlatformIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Outbox relay throughput (events/s from committed rows to broker acknowledgements, consumed and
 * applied once) and publish latency (commit → the consumer's effect committed), on this machine,
 * with the production settings of the library (100 ms polling, acks=all, idempotent producer).
 * Run with {@code ./bench services/platform/messaging}.
 */
@PlatformIntegrationTest(properties = {
        "namastack.outbox.polling.fixed.interval=100ms",
        "logging.level.io.zhucan=WARN"})
class OutboxRelayBenchmark {

    private static final int PERSONS = 5_000;
    private static final int EVENTS_PER_PERSON = 4;
    private static final int LATENCY_SAMPLES = 300;

    @Autowired Renewals renewals;
    @Autowired OutboxProcessingScheduler relay;
    @Autowired JdbcClient jdbc;

    @Test
    void relayThroughputAndPublishLatency() throws Exception {
        Map<String, Object> results = new HashMap<>();

        // warm-up: JIT, connections, consumer group assignment
        long base = effectCount();
        renewals.renewAll(IntStream.range(0, 500).mapToObj(i -> UUID.randomUUID()).toList(), LocalDate.of(2030, 1, 1));
        awaitEffects(base + 500);

        // throughput: a backlog committed while the relay is stopped, then drained
        relay.stop();
        long before = effectCount();
        List<UUID> persons = IntStream.range(0, PERSONS).mapToObj(i -> UUID.randomUUID()).toList();
        for (int round = 0; round < EVENTS_PER_PERSON; round++) {
            for (int from = 0; from < PERSONS; from += 250) {
                renewals.renewAll(persons.subList(from, from + 250), LocalDate.of(2030, 1, 1).plusDays(round));
            }
        }
        int total = PERSONS * EVENTS_PER_PERSON;
        long started = System.nanoTime();
        relay.start();
        await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofMillis(100)).until(() -> pendingRows() == 0);
        double relaySeconds = (System.nanoTime() - started) / 1e9;
        awaitEffects(before + total);
        double endToEndSeconds = (System.nanoTime() - started) / 1e9;
        results.put("events", total);
        results.put("relayEventsPerSecond", Math.round(total / relaySeconds));
        results.put("consumedEventsPerSecond", Math.round(total / endToEndSeconds));

        // latency: single events committed one after another while the relay runs
        Map<UUID, Instant> committed = new HashMap<>();
        for (int i = 0; i < LATENCY_SAMPLES; i++) {
            UUID person = UUID.randomUUID();
            var event = renewals.renew(person, LocalDate.of(2031, 1, 1));
            committed.put(event.eventId(), Instant.now());
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos()); // paced like interactive traffic
        }
        awaitEffects(before + total + LATENCY_SAMPLES);
        List<Long> latencies = new ArrayList<>();
        jdbc.sql("SELECT event_id, recorded_at FROM consumer_effect WHERE event_id IN (:ids)")
                .param("ids", committed.keySet())
                .query((rs, n) -> Map.entry(rs.getObject("event_id", UUID.class), rs.getTimestamp("recorded_at").toInstant()))
                .list()
                .forEach(e -> latencies.add(Duration.between(committed.get(e.getKey()), e.getValue()).toMillis()));
        latencies.sort(Long::compare);
        results.put("latencySamples", latencies.size());
        results.put("latencyP50Ms", BenchmarkReport.percentile(latencies, 50));
        results.put("latencyP95Ms", BenchmarkReport.percentile(latencies, 95));
        results.put("latencyP99Ms", BenchmarkReport.percentile(latencies, 99));
        results.put("latencyMaxMs", latencies.getLast());

        BenchmarkReport.write("outbox-relay", results);
    }

    private void awaitEffects(long expected) {
        await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofMillis(100)).until(() -> effectCount() >= expected);
    }

    private long effectCount() {
        return jdbc.sql("SELECT count(*) FROM consumer_effect").query(Long.class).single();
    }

    private long pendingRows() {
        return jdbc.sql("SELECT count(*) FROM outbox_record").query(Long.class).single();
    }
}

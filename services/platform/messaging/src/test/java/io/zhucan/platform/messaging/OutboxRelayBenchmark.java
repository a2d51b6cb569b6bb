package io.zhucan.platform.messaging;

import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.subsidy.PaymentInstructed;
import io.zhucan.platform.messaging.MessagingTestApplication.Renewals;
import io.zhucan.platform.messaging.outbox.KafkaRelay;
import io.zhucan.platform.messaging.outbox.OutboxMessage;
import io.zhucan.platform.messaging.outbox.OutboxRelay;
import io.zhucan.platform.testing.BenchmarkReport;
import io.zhucan.platform.testing.PlatformIntegrationTest;
import io.zhucan.platform.testing.ProducerFloor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ProducerFactory;

/**
 * Outbox relay throughput from a backlog of {@code bench.relay.events} (default 1,000,000) committed
 * events of 250,000 persons, beside the raw floor of the same run: the same records (same size, same
 * CloudEvents headers) sent by a plain producer with the same settings, without any database. And
 * the interactive latency, on its own and right after the drain: single events committed at 50/s,
 * commit → the consumer's effect committed.
 * Run with {@code ./bench services/platform/messaging}.
 */
@PlatformIntegrationTest(properties = "logging.level.io.zhucan=WARN")
class OutboxRelayBenchmark {

    private static final int EVENTS = Integer.getInteger("bench.relay.events", 1_000_000);
    private static final int PERSONS = Math.max(1, EVENTS / 4);
    private static final int LATENCY_SAMPLES = 500;

    @Autowired Renewals renewals;
    @Autowired OutboxRelay relay;
    @Autowired JdbcClient jdbc;
    @Autowired ProducerFactory<String, byte[]> producers;
    @Autowired DataSource dataSource;

    @Test
    void relayThroughputBesideTheProducerFloorAndInteractiveLatency() throws Exception {
        Map<String, Object> results = new HashMap<>();
        // warm-up: JIT, connections, consumer group assignment
        long base = effectCount();
        renewals.renewAll(IntStream.range(0, 500).mapToObj(i -> UUID.randomUUID()).toList(), LocalDate.of(2030, 1, 1));
        awaitEffects(base + 500);
        rawProducer(EVENTS / 10);
        latency("", results); // the interactive path on its own

        double floorSeconds = rawProducer(EVENTS);
        relay.stop();
        long seeding = System.nanoTime();
        seedBacklog();
        results.put("backlogSeedSeconds", seconds(seeding));
        jdbc.sql("ANALYZE outbox_event").update();
        writePlansAtThisBacklog();
        long started = System.nanoTime();
        relay.start();
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> !jdbc.sql("SELECT EXISTS (SELECT 1 FROM outbox_event)").query(Boolean.class).single());
        double relaySeconds = seconds(started);
        results.put("events", EVENTS);
        results.put("floorProducerSeconds", floorSeconds);
        results.put("floorEventsPerSecond", Math.round(EVENTS / floorSeconds));
        results.put("relaySeconds", relaySeconds);
        results.put("relayEventsPerSecond", Math.round(EVENTS / relaySeconds));
        results.put("relayOverFloor", Math.round(relaySeconds / floorSeconds * 100) / 100.0);

        latency("AfterDrain", results); // right after the drain, while autovacuum cleans up the deleted backlog
        BenchmarkReport.write("outbox-relay", results);
    }

    /** The backlog as a bulk writer leaves it: one transaction, payloads of PaymentInstructed's shape (~300 bytes). */
    private void seedBacklog() {
        jdbc.sql("""
                WITH e AS MATERIALIZED (SELECT i, gen_random_uuid() AS id, md5('person' || (i % :persons))::uuid AS person
                                        FROM generate_series(0, :events - 1) i)
                INSERT INTO outbox_event (event_id, event_type, topic, record_key, occurred_at, payload)
                SELECT e.id, :type, :topic, e.person::text, now(), json_build_object('eventId', e.id, 'occurredAt', now(),
                       'personId', e.person, 'instructionId', gen_random_uuid(), 'entitlementId', gen_random_uuid(),
                       'allowance', 'NURSING', 'month', '2030-01', 'amountFen', 9000, 'county', '330102',
                       'certificateNumber', '33010219800101001X11', 'attempt', 1)::text
                FROM e ORDER BY e.i""")
                .param("type", PaymentInstructed.TYPE.name()).param("topic", PaymentInstructed.TYPE.topic())
                .param("events", EVENTS).param("persons", PERSONS).update();
    }

    /**
     * The relay's two statements at a backlog of a million rows, as generic plans (what a cached plan
     * would be) with their real cost, inside a transaction that is rolled back: target/bench/outbox-relay-plans.txt.
     */
    private void writePlansAtThisBacklog() throws Exception {
        StringBuilder plans = new StringBuilder();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.execute("SET LOCAL plan_cache_mode = force_generic_plan");
            sql.execute("PREPARE claim(bigint) AS " + KafkaRelay.CLAIM.replace("?", "$1"));
            sql.execute("PREPARE sent(text) AS " + KafkaRelay.DELETE.replace("?", "$1"));
            explain(sql, "EXPLAIN (ANALYZE, BUFFERS) EXECUTE claim(5000)", plans);
            String seqs = jdbc.sql("SELECT '{' || string_agg(seq::text, ',') || '}' FROM (SELECT seq FROM outbox_event"
                    + " ORDER BY seq LIMIT 5000) b").query(String.class).single();
            explain(sql, "EXPLAIN (ANALYZE, BUFFERS) EXECUTE sent('" + seqs + "')", plans);
            connection.rollback();
        }
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "outbox-relay-plans.txt"), plans);
        System.out.println(plans);
    }

    private static void explain(Statement sql, String explain, StringBuilder plans) throws Exception {
        plans.append("-- ").append(explain.length() > 80 ? explain.substring(0, 80) + "…" : explain).append('\n');
        try (ResultSet rows = sql.executeQuery(explain)) {
            while (rows.next()) {
                plans.append(rows.getString(1)).append('\n');
            }
        }
    }

    /** The floor: the same records from memory through a plain producer of the same settings. */
    private double rawProducer(int events) throws Exception {
        try (Producer<String, byte[]> producer = producers.createProducer()) {
            return ProducerFloor.seconds(producer, events, i -> {
                UUID id = UUID.randomUUID();
                String key = UUID.nameUUIDFromBytes(("person" + (i % PERSONS)).getBytes(StandardCharsets.UTF_8)).toString();
                String payload = "{\"eventId\":\"" + id + "\",\"occurredAt\":\"" + Instant.now() + "\",\"personId\":\"" + key
                        + "\",\"instructionId\":\"" + UUID.randomUUID() + "\",\"entitlementId\":\"" + UUID.randomUUID()
                        + "\",\"allowance\":\"NURSING\",\"month\":\"2030-01\",\"amountFen\":9000,\"county\":\"330102\","
                        + "\"certificateNumber\":\"33010219800101001X11\",\"attempt\":1}";
                return KafkaRelay.toRecord(new OutboxMessage(id, PaymentInstructed.TYPE.name(), Instant.now(),
                        PaymentInstructed.TYPE.topic(), key, payload));
            });
        }
    }

    private void latency(String phase, Map<String, Object> results) {
        long before = effectCount();
        Map<UUID, Instant> committed = new HashMap<>();
        for (int i = 0; i < LATENCY_SAMPLES; i++) {
            var event = renewals.renew(UUID.randomUUID(), LocalDate.of(2031, 1, 1));
            committed.put(event.eventId(), Instant.now());
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos()); // 50 approvals/s, like interactive traffic
        }
        awaitEffects(before + LATENCY_SAMPLES);
        List<Long> latencies = new ArrayList<>();
        jdbc.sql("SELECT event_id, recorded_at FROM consumer_effect WHERE event_id IN (:ids)")
                .param("ids", committed.keySet())
                .query((rs, n) -> Map.entry(rs.getObject("event_id", UUID.class), rs.getTimestamp("recorded_at").toInstant()))
                .list()
                .forEach(e -> latencies.add(Duration.between(committed.get(e.getKey()), e.getValue()).toMillis()));
        latencies.sort(Long::compare);
        results.put("latencySamples" + phase, latencies.size());
        results.put("latencyP50Ms" + phase, BenchmarkReport.percentile(latencies, 50));
        results.put("latencyP95Ms" + phase, BenchmarkReport.percentile(latencies, 95));
        results.put("latencyP99Ms" + phase, BenchmarkReport.percentile(latencies, 99));
        results.put("latencyMaxMs" + phase, latencies.getLast());
    }

    private static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e7) / 100.0;
    }

    private void awaitEffects(long expected) {
        await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofMillis(100)).until(() -> effectCount() >= expected);
    }

    private long effectCount() {
        return jdbc.sql("SELECT count(*) FROM consumer_effect").query(Long.class).single();
    }
}

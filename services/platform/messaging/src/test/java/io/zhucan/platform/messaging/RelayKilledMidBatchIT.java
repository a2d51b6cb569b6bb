package io.zhucan.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.subsidy.PaymentInstructed;
import io.zhucan.platform.messaging.outbox.OutboxRelay;
import io.zhucan.platform.testing.PlatformIntegrationTest;
import io.zhucan.platform.testing.TestInfrastructure;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The relay killed with SIGKILL in the middle of one batch of 100,000 events (a JVM of its own,
 * {@link RelayProcess}): the batch was partly on Kafka and none of it deleted. The relay that takes
 * over sends the batch again: every event is on Kafka at least once, and a consumer that skips the
 * event ids it has seen (the inbox) applies each person's events in their order.
 */
@PlatformIntegrationTest
class RelayKilledMidBatchIT {

    private static final String TOPIC = "zhucan.test.relay-killed";
    private static final int PERSONS = 20_000;
    private static final int EVENTS_PER_PERSON = 5;
    private static final int EVENTS = PERSONS * EVENTS_PER_PERSON;

    @Autowired JdbcClient jdbc;
    @Autowired OutboxRelay relay;

    @Test
    void everyEventReachesKafkaAtLeastOnceInOrderPerPersonAfterAKillMidBatch() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
            relay.stop();
            try {
                seedBacklog();
                Process killed = startRelayProcess();
                try {
                    await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(5)).until(() -> onKafka(admin) > 0);
                } finally {
                    killed.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no rollback by the JVM
                }
                long sentBeforeTheKill = onKafka(admin);
                assertThat(pending()).as("nothing of the batch deleted").isEqualTo(EVENTS);
                assertThat(sentBeforeTheKill).as("the batch was partly sent").isBetween(1L, (long) EVENTS);
            } finally {
                relay.start();
            }
            await().atMost(Duration.ofMinutes(3)).until(() -> pending() == 0);
            assertEveryEventOnceInOrderPerPerson(readAll(onKafka(admin)));
        }
    }

    /** One batch: each person's events numbered 1..5 in commit order, persons interleaved. */
    private void seedBacklog() {
        jdbc.sql("""
                INSERT INTO outbox_event (event_id, event_type, topic, record_key, occurred_at, payload)
                SELECT gen_random_uuid(), :type, :topic, md5('killed' || p)::uuid::text, now(), json_build_object('n', n)::text
                FROM generate_series(1, :events) n, generate_series(1, :persons) p ORDER BY n, p""")
                .param("type", PaymentInstructed.TYPE.name()).param("topic", TOPIC)
                .param("events", EVENTS_PER_PERSON).param("persons", PERSONS).update();
    }

    private Process startRelayProcess() throws Exception {
        var db = TestInfrastructure.database();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                RelayProcess.class.getName(), db.jdbcUrl(), db.username(), db.password(), bootstrap(),
                String.valueOf(EVENTS))
                .redirectErrorStream(true).redirectOutput(new File("target/relay-process.log")).start();
    }

    private static void assertEveryEventOnceInOrderPerPerson(List<ConsumerRecord<String, byte[]>> records) {
        Set<String> seen = new HashSet<>();
        Map<String, Integer> lastApplied = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (!seen.add(new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))) {
                continue; // a duplicate: the inbox skips it
            }
            int n = Integer.parseInt(new String(record.value(), StandardCharsets.UTF_8).replaceAll("\\D", ""));
            assertThat(n).as("event %d of %s after %s", n, record.key(), lastApplied.get(record.key()))
                    .isEqualTo(lastApplied.getOrDefault(record.key(), 0) + 1);
            lastApplied.put(record.key(), n);
        }
        assertThat(seen).hasSize(EVENTS);
        assertThat(lastApplied).hasSize(PERSONS).allSatisfy((person, last) -> assertThat(last).isEqualTo(EVENTS_PER_PERSON));
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(long expected) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "observer-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of(TOPIC));
            await().atMost(Duration.ofMinutes(2)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= expected;
            });
        }
        return records;
    }

    private static long onKafka(Admin admin) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < 3; p++) {
            latest.put(new TopicPartition(TOPIC, p), OffsetSpec.latest());
        }
        return admin.listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
    }

    private long pending() {
        return jdbc.sql("SELECT count(*) FROM outbox_event").query(Long.class).single();
    }

    private static String bootstrap() {
        return TestInfrastructure.broker().bootstrapServers();
    }
}

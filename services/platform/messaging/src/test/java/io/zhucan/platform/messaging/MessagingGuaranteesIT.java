package io.zhucan.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.zhucan.platform.events.EventCodec;
import io.zhucan.platform.events.Topics;
import io.zhucan.platform.events.certification.CertificateRenewed;
import io.zhucan.platform.messaging.MessagingTestApplication.RenewalListener;
import io.zhucan.platform.messaging.MessagingTestApplication.Renewals;
import io.zhucan.platform.messaging.deadletter.DeadLetter;
import io.zhucan.platform.messaging.deadletter.DeadLetterReplayer;
import io.zhucan.platform.messaging.deadletter.DeadLetterStore;
import io.zhucan.platform.messaging.deadletter.KeyPseudonyms;
import io.zhucan.platform.messaging.deadletter.ParkingRecoverer;
import io.zhucan.platform.messaging.outbox.KafkaRelay;
import io.zhucan.platform.messaging.outbox.OutboxRelay;
import io.zhucan.platform.messaging.outbox.RelayFaults;
import io.zhucan.platform.messaging.outbox.TraceContexts;
import io.zhucan.platform.testing.PlatformIntegrationTest;
import io.zhucan.platform.testing.TestInfrastructure;
import io.zhucan.platform.testing.TopicReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The messaging guarantees, against the real broker and database: each test breaks something
 * (the relay, the consumer, the payload, the broker, the database) and checks that no event is
 * lost, none has a second effect, none overtakes an earlier one of its person, and a poison record
 * neither blocks its partition nor disappears.
 */
@PlatformIntegrationTest
class MessagingGuaranteesIT {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Autowired Renewals renewals;
    @Autowired RenewalListener listener;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired OutboxRelay relay;
    @Autowired RelayFaults relayFaults;
    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired DeadLetterStore deadLetters;
    @Autowired DeadLetterReplayer replayer;
    @Autowired KeyPseudonyms pseudonyms;
    @Autowired Tracer tracer;

    @AfterEach
    void disarm() {
        relayFaults.crashAfterSend(0);
        listener.failuresBeforeEffect.set(0);
        listener.transientFailuresBeforeEffect.set(0);
        listener.crashesAfterEffect.set(0);
        if (!relay.isRunning()) {
            relay.start();
        }
    }

    @Test
    void committedEventIsPublishedAsACloudEventAndHasOneEffect() {
        UUID person = UUID.randomUUID();
        CertificateRenewed event = renewals.renew(person, LocalDate.of(2036, 1, 1));

        await().atMost(WITHIN).until(() -> effectsOf(person).size() == 1);
        List<ConsumerRecord<String, byte[]>> published = recordsOnTopic(person, 1);
        ConsumerRecord<String, byte[]> record = published.getFirst();
        assertThat(record.key()).isEqualTo(person.toString());
        assertThat(header(record, "ce_type")).isEqualTo(CertificateRenewed.TYPE.name());
        assertThat(header(record, "ce_id")).isEqualTo(event.eventId().toString());
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(new EventCodec().fromJson(CertificateRenewed.TYPE, record.value())).isEqualTo(event);
    }

    @Test
    void theConsumersEffectRunsInTheTraceOfTheRequestThatPublishedTheEvent() {
        UUID person = UUID.randomUUID();
        Span request = tracer.nextSpan().name("request").start();
        String traceId = request.context().traceId();
        assertThat(traceId).as("a real, sampled trace (not the no-op tracer)").hasSize(32);
        try (Tracer.SpanInScope scope = tracer.withSpan(request)) {
            renewals.renew(person, LocalDate.of(2036, 1, 1)); // the relay sends it later, from its own thread
        } finally {
            request.end();
        }

        await().atMost(WITHIN).until(() -> listener.traceOfEffect.containsKey(person));
        assertThat(listener.traceOfEffect.get(person)).isEqualTo(traceId);
        ConsumerRecord<String, byte[]> record = recordsOnTopic(person, 1).getFirst();
        assertThat(header(record, "ce_traceparent")).as("CloudEvents distributed tracing").contains(traceId)
                .startsWith("00-" + traceId + "-" + request.context().spanId());
        assertThat(header(record, "traceparent")).as("the producer span's, a child in the same trace").contains(traceId);
    }

    @Test
    void rolledBackTransactionPublishesNothing() {
        UUID person = UUID.randomUUID();
        assertThatThrownBy(() -> renewals.renewThenFail(person)).isInstanceOf(IllegalStateException.class);
        UUID witness = UUID.randomUUID();
        renewals.renew(witness, LocalDate.of(2036, 1, 1));

        await().atMost(WITHIN).until(() -> effectsOf(witness).size() == 1);
        assertThat(pendingOutboxRows()).isZero();
        assertThat(effectsOf(person)).isEmpty();
    }

    @Test
    void relayStoppedBetweenCommitAndPublishPublishesOnceWhenItComesBack() {
        relay.stop();
        UUID person = UUID.randomUUID();
        renewals.renew(person, LocalDate.of(2036, 1, 1));
        assertThat(pendingOutboxRows()).isEqualTo(1);

        relay.start();

        await().atMost(WITHIN).until(() -> effectsOf(person).size() == 1);
        assertThat(recordsOnTopic(person, 1)).hasSize(1);
    }

    @Test
    void relayCrashAfterSendingPublishesAgainButTheEffectHappensOnce() {
        relayFaults.crashAfterSend(1);
        UUID person = UUID.randomUUID();
        CertificateRenewed event = renewals.renew(person, LocalDate.of(2036, 1, 1));

        List<ConsumerRecord<String, byte[]>> published = recordsOnTopic(person, 2);
        assertThat(published).extracting(r -> header(r, "ce_id")).containsOnly(event.eventId().toString());
        await().atMost(WITHIN).until(() -> pendingOutboxRows() == 0);
        await().during(Duration.ofSeconds(1)).atMost(WITHIN).until(() -> effectsOf(person).size() == 1);
    }

    @Test
    void consumerDyingBeforeItsOffsetCommitGetsTheRecordAgainWithoutASecondEffect() {
        listener.crashesAfterEffect.set(1);
        UUID person = UUID.randomUUID();
        renewals.renew(person, LocalDate.of(2036, 1, 1));

        await().atMost(WITHIN).until(() -> listener.crashesAfterEffect.get() == 0);
        UUID witness = UUID.randomUUID();
        renewals.renew(witness, LocalDate.of(2036, 1, 1));
        await().atMost(WITHIN).until(() -> effectsOf(witness).size() == 1);
        assertThat(effectsOf(person)).hasSize(1);
    }

    /** More failures than the retries of a failure of unknown kind: a transient one is retried until it passes. */
    @Test
    void transientConsumerFailureIsRetriedUntilItPassesAndNothingIsParked() {
        listener.transientFailuresBeforeEffect.set(8);
        UUID person = UUID.randomUUID();
        renewals.renew(person, LocalDate.of(2036, 1, 1));

        await().atMost(WITHIN).until(() -> effectsOf(person).size() == 1);
        assertThat(deadLettersFor(person)).isEmpty();
    }

    @Test
    void persistentConsumerFailureIsParkedWithItsReasonAndAReplayIsAttributedAndAppliedOnce() {
        listener.failuresBeforeEffect.set(Integer.MAX_VALUE);
        UUID person = UUID.randomUUID();
        CertificateRenewed event = renewals.renew(person, LocalDate.of(2036, 1, 1));

        await().atMost(WITHIN).until(() -> deadLettersFor(person).size() == 1);
        DeadLetter parked = deadLettersFor(person).getFirst();
        assertThat(parked.originalTopic()).isEqualTo(Topics.CERTIFICATION);
        assertThat(parked.eventId()).isEqualTo(event.eventId().toString());
        assertThat(parked.status()).isEqualTo(DeadLetter.Status.PARKED);
        assertThat(parked.reason()).startsWith("unknown: IllegalStateException");
        assertThat(effectsOf(person)).isEmpty();

        listener.failuresBeforeEffect.set(0);
        assertThat(replayer.replay(parked.id(), "op.zhang")).contains(List.of(parked.id()));
        // a second replay (a double click, a retried request) sends nothing
        assertThat(replayer.replay(parked.id(), "op.li")).contains(List.of());

        await().atMost(WITHIN).until(() -> effectsOf(person).size() == 1);
        await().atMost(WITHIN).until(() -> deadLetters.find(parked.id()).orElseThrow().status() == DeadLetter.Status.REPLAYED);
        assertThat(deadLetters.find(parked.id()).orElseThrow().resolvedBy()).isEqualTo("op.zhang");
        await().during(Duration.ofSeconds(1)).atMost(WITHIN).until(() -> effectsOf(person).size() == 1);
    }

    /** Poison records are parked; the person's next record waits behind them, other persons' records flow. */
    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndDoNotBlockTheirPartition() throws Exception {
        UUID person = UUID.randomUUID();
        UUID neighbour = TestRecords.neighbourOf(person, 3);
        String key = person.toString();
        // not a CloudEvent at all
        kafka.send(new ProducerRecord<>(Topics.CERTIFICATION, key, "garbage".getBytes(StandardCharsets.UTF_8))).get();
        // a CloudEvent whose payload breaks its schema
        ProducerRecord<String, byte[]> broken = new ProducerRecord<>(Topics.CERTIFICATION, key,
                "{\"personId\":\"not-a-uuid\"}".getBytes(StandardCharsets.UTF_8));
        broken.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8))
                .add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8))
                .add("ce_type", CertificateRenewed.TYPE.name().getBytes(StandardCharsets.UTF_8))
                .add("ce_source", CertificateRenewed.TYPE.source().toString().getBytes(StandardCharsets.UTF_8))
                .add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        kafka.send(broken).get();
        // the next record of the same person, and one of another person in the same partition
        renewals.renew(person, LocalDate.of(2036, 1, 1));
        renewals.renew(neighbour, LocalDate.of(2036, 1, 1));

        await().atMost(WITHIN).until(() -> effectsOf(neighbour).size() == 1);
        await().atMost(WITHIN).until(() -> deadLettersFor(person).size() == 3);
        assertThat(effectsOf(person)).isEmpty();
        assertThat(deadLettersFor(person)).extracting(DeadLetter::reason)
                .anySatisfy(r -> assertThat(r).contains("not a CloudEvent"))
                .anySatisfy(r -> assertThat(r).contains("breaks its schema"))
                .anySatisfy(r -> assertThat(r).contains("held behind parked record"));
        List<ConsumerRecord<String, byte[]>> onDlt = recordsOn(Topics.deadLetter(Topics.CERTIFICATION),
                pseudonyms.of(key), 3);
        assertThat(onDlt).allSatisfy(r -> assertThat(header(r, ParkingRecoverer.REASON_HEADER)).isNotBlank());
        assertThat(onDlt).extracting(r -> new String(r.value(), StandardCharsets.UTF_8)).contains("garbage");
    }

    /**
     * A database failover, as the consumer sees it: every connection cut, none to be had for 30 s,
     * while records keep arriving. Before, each record was parked after its few retries and the
     * partition moved on; now the consumer waits, parks nothing, and applies each event once, in order.
     */
    @Test
    void aDatabaseOutageMidStreamParksNothingAndAppliesEveryEventOnceInOrder() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        for (int i = 1; i <= 5; i++) {
            sendRenewals(i, first, second);
        }
        try (var outage = TestDatabaseOutage.begin()) {
            for (int i = 6; i <= 15; i++) {
                sendRenewals(i, first, second);
            }
            await().pollDelay(Duration.ofSeconds(30)).atMost(Duration.ofSeconds(31)).until(() -> true);
        }

        // the pool takes a moment to reconnect: until then the test's own queries fail too
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions()
                .until(() -> effectsOf(first).size() == 15 && effectsOf(second).size() == 15);
        for (UUID person : List.of(first, second)) {
            assertThat(effectsOf(person)).isSortedAccordingTo(LocalDate::compareTo).doesNotHaveDuplicates();
            assertThat(deadLettersFor(person)).isEmpty();
        }
        await().during(Duration.ofSeconds(1)).atMost(WITHIN).until(() -> effectsOf(first).size() == 15);
    }

    private void sendRenewals(int day, UUID... persons) {
        for (UUID person : persons) {
            TestRecords.send(kafka, Topics.CERTIFICATION, person.toString(),
                    TestRecords.renewal(person, LocalDate.of(2030, 1, 1).plusDays(day)));
        }
    }

    @Test
    void brokerOutageLeavesEventsInTheOutboxThatDrainInOrderWhenItReturns() {
        UUID person = UUID.randomUUID();
        TestInfrastructure.broker().stop();
        try {
            for (int i = 1; i <= 20; i++) {
                renewals.renew(person, LocalDate.of(2030, 1, 1).plusDays(i));
            }
            assertThat(pendingOutboxRows()).isEqualTo(20);
        } finally {
            TestInfrastructure.broker().restart();
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> effectsOf(person).size() == 20);
        assertThat(effectsOf(person)).isSortedAccordingTo(LocalDate::compareTo).doesNotHaveDuplicates();
        assertThat(pendingOutboxRows()).isZero();
    }

    /**
     * The relay's statements must stay fast at any backlog. A plan PostgreSQL caches is kept until the
     * table is next analysed: one made while the outbox was small (a sort of the whole table for the
     * claim; for the delete, a sequential scan probing every row against the batch's array) made a
     * payment run's backlog fall 20 s behind (docs/performance.md). So the relay never lets the driver
     * turn them into server-side prepared statements: ten batches on one connection leave none there.
     */
    @Test
    void theRelaysStatementsAreNeverPreparedOnTheServer() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            var single = new SingleConnectionDataSource(connection, true);
            var relay = new KafkaRelay(new JdbcTemplate(single), new TransactionTemplate(new DataSourceTransactionManager(single)),
                    kafka, new RelayFaults(0), TraceContexts.none(), 100);
            int claims = 0;
            while (claims < 10) {
                claims += relay.relayNextBatch() >= 0 ? 1 : 0; // -1: the service's own relay held the lock
            }
            for (int i = 0; i < 10; i++) {
                try (PreparedStatement delete = KafkaRelay.plannedPerExecution(connection, KafkaRelay.DELETE)) {
                    delete.setString(1, "{-1}");
                    delete.executeUpdate();
                }
            }
            try (Statement sql = connection.createStatement();
                    ResultSet prepared = sql.executeQuery("SELECT statement FROM pg_prepared_statements")) {
                List<String> statements = new ArrayList<>();
                while (prepared.next()) {
                    statements.add(prepared.getString(1));
                }
                assertThat(statements).noneMatch(statement -> statement.contains("FROM outbox_event ORDER BY seq")
                        || statement.startsWith("DELETE FROM outbox_event"));
            }
        }
    }

    /**
     * What the relay's statements are planned as when the outbox was analysed at a few rows and a backlog
     * of 200,000 rows was written since (rolled back, the relay never sees them): planned then, both read
     * the primary key's index. Plans cached while the table was small, as the server keeps a prepared
     * statement's, read the whole table at every batch: that is what the relay no longer runs.
     */
    @Test
    void plannedPerBatchTheRelaysStatementsReadThePrimaryKeyWhateverTheStatisticsSay() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.execute(backlog(4));
            sql.execute("ANALYZE outbox_event");
            sql.execute("SET LOCAL plan_cache_mode = force_generic_plan");
            sql.execute("PREPARE cached_claim(int) AS " + KafkaRelay.CLAIM.replace("?", "$1"));
            sql.execute("PREPARE cached_delete(text) AS " + KafkaRelay.DELETE.replace("?", "$1"));
            sql.execute("EXECUTE cached_claim(5000)");
            sql.execute("EXECUTE cached_delete('{-1}')");
            sql.execute(backlog(200_000));
            String seqs = "{" + String.join(",", lines(sql, "SELECT seq FROM outbox_event ORDER BY seq LIMIT 5000")) + "}";
            String cachedClaim = plan(sql, "EXPLAIN EXECUTE cached_claim(5000)");
            String cachedDelete = plan(sql, "EXPLAIN EXECUTE cached_delete('" + seqs + "')");
            String claim = plan(sql, "EXPLAIN " + KafkaRelay.CLAIM.replace("?", "5000"));
            String delete = plan(sql, "EXPLAIN " + KafkaRelay.DELETE.replace("?", "'" + seqs + "'"));
            connection.rollback();
            connection.setAutoCommit(true);
            assertThat(claim).contains("Index Scan using outbox_event_pkey").doesNotContain("Seq Scan");
            assertThat(delete).contains("outbox_event_pkey").doesNotContain("Seq Scan");
            assertThat(cachedClaim + cachedDelete).as("the plans cached while the outbox was small").contains("Seq Scan");
        }
    }

    private static String backlog(int rows) {
        return """
                INSERT INTO outbox_event (event_id, event_type, topic, record_key, occurred_at, payload)
                SELECT gen_random_uuid(), 'backlog', 'backlog', n::text, now(), repeat('x', 300)
                FROM generate_series(1, %d) n""".formatted(rows);
    }

    private static List<String> lines(Statement sql, String query) throws Exception {
        List<String> seqs = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                seqs.add(rows.getString(1));
            }
        }
        return seqs;
    }

    private static String plan(Statement sql, String explain) throws Exception {
        return String.join("\n", lines(sql, explain));
    }

    @Test
    void eventsOfOnePersonArriveInCommitOrder() {
        UUID person = UUID.randomUUID();
        for (int i = 1; i <= 30; i++) {
            renewals.renew(person, LocalDate.of(2030, 1, 1).plusDays(i));
        }
        await().atMost(WITHIN).until(() -> effectsOf(person).size() == 30);
        assertThat(effectsOf(person)).isSortedAccordingTo(LocalDate::compareTo).doesNotHaveDuplicates();
    }

    private List<LocalDate> effectsOf(UUID person) {
        return jdbc.sql("SELECT marker FROM consumer_effect WHERE person_id = :p ORDER BY seq")
                .param("p", person).query(LocalDate.class).list();
    }

    private long pendingOutboxRows() {
        return jdbc.sql("SELECT count(*) FROM outbox_event").query(Long.class).single();
    }

    private List<DeadLetter> deadLettersFor(UUID person) {
        String keyHash = pseudonyms.of(person.toString());
        return deadLetters.list(true, 1000).stream().filter(d -> keyHash.equals(d.keyHash())).toList();
    }

    private List<ConsumerRecord<String, byte[]>> recordsOnTopic(UUID person, int expected) {
        return recordsOn(Topics.CERTIFICATION, person, expected);
    }

    private static List<ConsumerRecord<String, byte[]>> recordsOn(String topic, UUID person, int expected) {
        return recordsOn(topic, person.toString(), expected);
    }

    private static List<ConsumerRecord<String, byte[]>> recordsOn(String topic, String key, int expected) {
        return TopicReader.recordsWithKey(topic, key, expected);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return TopicReader.header(record, name);
    }
}

package io.zhucan.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.zhucan.platform.events.EventCodec;
import io.zhucan.platform.events.Topics;
import io.zhucan.platform.events.partner.DeathRegistered;
import io.zhucan.platform.messaging.MessagingTestApplication.RenewalListener;
import io.zhucan.platform.messaging.config.MessagingProperties;
import io.zhucan.platform.messaging.deadletter.DeadLetter;
import io.zhucan.platform.messaging.deadletter.DeadLetterPurge;
import io.zhucan.platform.messaging.deadletter.DeadLetterReplayer;
import io.zhucan.platform.messaging.deadletter.DeadLetterStore;
import io.zhucan.platform.messaging.deadletter.KeyPseudonyms;
import io.zhucan.platform.messaging.inbox.InboxPurge;
import io.zhucan.platform.messaging.metrics.MessagingMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.zhucan.platform.testing.PlatformIntegrationTest;
import io.zhucan.platform.testing.TestInfrastructure;
import io.zhucan.platform.testing.TopicReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Parked records against the real broker and database: a person's later records wait behind a
 * parked one, an operator's replay applies them in order once, a forged event is refused, dead
 * letters carry no personal data, and retention keeps the inbox at least as long as the topics.
 */
@PlatformIntegrationTest
class ParkedRecordsIT {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final String ID_NUMBER = "330102199001011234";
    /** Any resident ID number as a word of its own (not digits inside a hexadecimal hash). */
    private static final String ID_NUMBER_PATTERN = "\\b\\d{17}[\\dXx]\\b";

    @Autowired RenewalListener listener;
    @Autowired JdbcClient jdbc;
    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired DeadLetterStore deadLetters;
    @Autowired DeadLetterReplayer replayer;
    @Autowired KeyPseudonyms pseudonyms;
    @Autowired MessagingProperties properties;
    @Autowired InboxPurge inboxPurge;
    @Autowired DeadLetterPurge deadLetterPurge;
    @Autowired MeterRegistry meters;

    @AfterEach
    void heal() {
        listener.failingPersons.clear();
        listener.transientFailuresBeforeEffect.set(0);
    }

    @Test
    void aParkedRecordHoldsBackItsPersonsLaterRecordsWhileOthersFlowAndAReplayAppliesThemInOrder() {
        UUID person = UUID.randomUUID();
        UUID neighbour = TestRecords.neighbourOf(person, 3);
        listener.failingPersons.put(person, "business rule failed");
        renew(person, 1);
        renew(person, 2);
        renew(neighbour, 1);
        renew(person, 3);

        await().atMost(WITHIN).until(() -> parkedOf(person).size() == 3);
        await().atMost(WITHIN).until(() -> effectsOf(neighbour).size() == 1);
        List<DeadLetter> parked = parkedOf(person);
        assertThat(parked.getFirst().reason()).startsWith("unknown: IllegalStateException");
        assertThat(parked.subList(1, 3)).extracting(DeadLetter::reason)
                .containsOnly("permanent: HeldBehindParkedRecord: held behind parked record " + parked.getFirst().id());
        assertThat(effectsOf(person)).isEmpty();

        listener.failingPersons.remove(person);
        // replaying any of them replays the person's parked records in their order, by the consumer itself
        assertThat(replayer.replay(parked.get(1).id(), "op.wang"))
                .contains(parked.stream().map(DeadLetter::id).toList());

        assertThat(effectsOf(person)).containsExactly(day(1), day(2), day(3));
        assertThat(parked).allSatisfy(d -> assertThat(status(d)).isEqualTo(DeadLetter.Status.REPLAYED));
        // nothing was sent back to the producer's topic, which the consumer may not write (ADR 0013)
        assertThat(TopicReader.recordsWithKey(Topics.CERTIFICATION, person.toString(), 3)).hasSize(3);
        assertThat(parked).allSatisfy(d -> assertThat(deadLetters.find(d.id()).orElseThrow().resolvedBy())
                .isEqualTo("op.wang"));
        renew(person, 4);
        await().atMost(WITHIN).until(() -> effectsOf(person).size() == 4);
        assertThat(parkedOf(person)).hasSize(3);
    }

    @Test
    void aReplayedRecordThatFailsAgainIsParkedAgainUnderItsRowAndTheRecordsBehindItWaitAgain() {
        UUID person = UUID.randomUUID();
        List<DeadLetter> parked = twoRecordsParked(person);

        listener.failingPersons.put(person, "still failing");
        assertThat(replayer.replay(parked.getFirst().id(), "op.wang")).contains(parked.stream().map(DeadLetter::id).toList());

        assertThat(parkedOf(person)).extracting(DeadLetter::id).containsExactlyElementsOf(parked.stream().map(DeadLetter::id).toList());
        assertThat(parkedOf(person)).extracting(DeadLetter::status).containsOnly(DeadLetter.Status.PARKED);
        assertThat(parkedOf(person).get(1).reason()).contains("held behind parked record " + parked.getFirst().id());
        assertThat(effectsOf(person)).isEmpty();
        // the person's later record still waits; the next replay, with the cause fixed, applies all three in order
        renew(person, 3);
        await().atMost(WITHIN).until(() -> parkedOf(person).size() == 3);
        listener.failingPersons.remove(person);
        assertThat(replayer.replay(parked.get(1).id(), "op.li")).hasValueSatisfying(ids -> assertThat(ids).hasSize(3));
        assertThat(effectsOf(person)).containsExactly(day(1), day(2), day(3));
    }

    /** The database gone during a replay: it stops, the records stay parked, a later replay applies them. */
    @Test
    void aReplayStoppedByATransientFailureLeavesTheRecordsParkedForTheNextReplay() {
        UUID person = UUID.randomUUID();
        List<DeadLetter> parked = twoRecordsParked(person);
        listener.failingPersons.remove(person);

        listener.transientFailuresBeforeEffect.set(1);
        assertThatThrownBy(() -> replayer.replay(parked.getFirst().id(), "op.wang"))
                .isInstanceOf(DeadLetterReplayer.ReplayInterrupted.class).hasMessageContaining("stay parked");

        assertThat(parkedOf(person)).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DeadLetter.Status.PARKED);
            assertThat(d.resolvedBy()).isNull();
        });
        assertThat(effectsOf(person)).isEmpty();
        assertThat(replayer.replay(parked.getFirst().id(), "op.wang")).hasValueSatisfying(ids -> assertThat(ids).hasSize(2));
        assertThat(effectsOf(person)).containsExactly(day(1), day(2));
    }

    @Test
    void theMetersCountWhatTheConsumerAppliedAndParkedAndTheGaugeTheOpenDeadLetters() {
        double applied = consumed("applied");
        double parked = parkedCount();
        long open = deadLetters.open();
        UUID person = UUID.randomUUID();
        UUID neighbour = TestRecords.neighbourOf(person, 3);
        listener.failingPersons.put(person, "business rule failed");
        renew(person, 1);
        renew(neighbour, 1);

        await().atMost(WITHIN).until(() -> parkedOf(person).size() == 1 && effectsOf(neighbour).size() == 1);
        assertThat(consumed("applied")).isEqualTo(applied + 1);
        assertThat(parkedCount()).isEqualTo(parked + 1);
        assertThat(deadLetters.open()).isEqualTo(open + 1);
    }

    private double consumed(String outcome) {
        return meters.find(MessagingMetrics.CONSUMED).tag("topic", Topics.CERTIFICATION).tag("outcome", outcome)
                .counters().stream().mapToDouble(Counter::count).sum();
    }

    private double parkedCount() {
        return meters.find(MessagingMetrics.PARKED).tag("topic", Topics.CERTIFICATION).counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    /** Any pod could write any topic: a death on the certification topic, or a renewal from another producer, is refused. */
    @Test
    void aForgedEventIsParkedWithTheReasonAndAnOperatorDiscardsIt() throws Exception {
        UUID person = UUID.randomUUID();
        TestRecords.send(kafka, Topics.CERTIFICATION, person.toString(),
                new DeathRegistered("forged-" + UUID.randomUUID(), Instant.now(), ID_NUMBER, LocalDate.now().minusDays(1)));
        var renewal = new EventCodec().toCloudEvent(TestRecords.renewal(person, day(1)));
        kafka.send(KafkaMessageFactory.createWriter(Topics.CERTIFICATION, null, null, person.toString())
                .writeBinary(CloudEventBuilder.v1(renewal).withSource(URI.create("/zhucan/subsidy")).build())).get();
        renew(person, 2);

        await().atMost(WITHIN).until(() -> parkedOf(person).size() == 3);
        List<DeadLetter> parked = parkedOf(person);
        assertThat(parked.get(0).reason()).contains(DeathRegistered.TYPE.name() + " does not belong to topic "
                + Topics.CERTIFICATION);
        assertThat(parked.get(1).reason()).contains("comes from a source that does not publish it");
        assertThat(parked.get(2).reason()).contains("held behind parked record " + parked.get(0).id());

        assertThat(replayer.discard(parked.get(0).id(), "op.wang")).isTrue();
        assertThat(replayer.discard(parked.get(1).id(), "op.wang")).isTrue();
        assertThat(replayer.discard(parked.get(1).id(), "op.li")).isFalse();
        assertThat(replayer.replay(parked.get(2).id(), "op.wang")).contains(List.of(parked.get(2).id()));

        await().atMost(WITHIN).until(() -> effectsOf(person).size() == 1);
        assertThat(effectsOf(person)).containsExactly(day(2));
        assertThat(deadLetters.find(parked.get(0).id()).orElseThrow()).satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeadLetter.Status.DISCARDED);
            assertThat(d.resolvedBy()).isEqualTo("op.wang");
        });
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void deadLettersAndLogsCarryNoIdNumberOrName(CapturedOutput log) {
        // a partner fact keyed by its ID number where it does not belong, and a rule whose message quotes one
        TestRecords.send(kafka, Topics.CERTIFICATION, ID_NUMBER,
                new DeathRegistered("fact-" + UUID.randomUUID(), Instant.now(), ID_NUMBER, LocalDate.now().minusDays(1)));
        UUID person = UUID.randomUUID();
        listener.failingPersons.put(person, "no certificate for " + ID_NUMBER + " (张三)");
        renew(person, 1);

        await().atMost(WITHIN).until(() -> parkedOf(ID_NUMBER).size() == 1 && parkedOf(person).size() == 1);
        String rows = jdbc.sql("SELECT string_agg(row_to_json(d)::text, ' ') FROM dead_letter d").query(String.class).single();
        assertThat(rows).doesNotContain(ID_NUMBER).doesNotContainPattern(ID_NUMBER_PATTERN).doesNotContain("张三");
        var onDeadLetterTopic = TopicReader.records(Topics.deadLetter(Topics.CERTIFICATION),
                r -> List.of(pseudonyms.of(ID_NUMBER), pseudonyms.of(person.toString())).contains(r.key()), 2, WITHIN);
        assertThat(onDeadLetterTopic).hasSizeGreaterThanOrEqualTo(2).allSatisfy(r -> {
            assertThat(r.key()).doesNotContain(ID_NUMBER).doesNotContainPattern(ID_NUMBER_PATTERN);
            for (Header header : r.headers()) {
                assertThat(new String(header.value(), StandardCharsets.UTF_8)).as(header.key())
                        .doesNotContain(ID_NUMBER).doesNotContainPattern(ID_NUMBER_PATTERN).doesNotContain("张三");
            }
        });
        assertThat(log.getAll()).contains("unknown: IllegalStateException").doesNotContain(ID_NUMBER).doesNotContain("张三");
    }

    @Test
    void theInboxOutlivesTheTopicsAndResolvedDeadLettersArePurgedAfterTheirRetention() throws Exception {
        assertThat(properties.topics().retention()).isEqualTo(Duration.ofDays(365));
        assertThat(properties.inbox().retention()).isGreaterThanOrEqualTo(properties.topics().retention());
        assertThatThrownBy(() -> new MessagingProperties(properties.topics(), properties.consumer(),
                new MessagingProperties.Inbox(Duration.ofDays(30)), properties.deadLetters(), properties.relay(), properties.faults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inbox.retention");
        assertThat(retentionOf(Topics.CIVIL_AFFAIRS_FACTS)).isEqualTo(Duration.ofDays(365));
        assertThat(retentionOf(Topics.deadLetter(Topics.CIVIL_AFFAIRS_FACTS))).isEqualTo(Duration.ofDays(90));

        UUID yearOld = inboxRow(Duration.ofDays(366));
        UUID beyond = inboxRow(properties.inbox().retention().plusDays(1));
        inboxPurge.purge();
        assertThat(inboxIds()).contains(yearOld).doesNotContain(beyond);

        UUID replayedLongAgo = deadLetterRow("REPLAYED", Duration.ofDays(91));
        UUID discardedRecently = deadLetterRow("DISCARDED", Duration.ofDays(10));
        UUID parkedLongAgo = deadLetterRow("PARKED", null);
        deadLetterPurge.purge();
        assertThat(deadLetters.find(replayedLongAgo)).isEmpty();
        assertThat(deadLetters.find(discardedRecently)).isPresent();
        assertThat(deadLetters.find(parkedLongAgo)).isPresent();
    }

    @Test
    void theScheduledPurgesRunOncePerClusterWhileAnotherReplicaHoldsTheirLockNothingIsPurged() {
        UUID beyond = inboxRow(properties.inbox().retention().plusDays(1));
        jdbc.sql("""
                        INSERT INTO shedlock (name, lock_until, locked_at, locked_by)
                        VALUES ('messaging-inbox-purge', now() + interval '1 hour', now(), 'another-replica')
                        ON CONFLICT (name) DO UPDATE SET lock_until = EXCLUDED.lock_until, locked_by = EXCLUDED.locked_by""")
                .update();

        inboxPurge.scheduledPurge(); // this replica's timer fires too: the other one holds the lock
        assertThat(inboxIds()).contains(beyond);

        jdbc.sql("UPDATE shedlock SET lock_until = now() - interval '1 second' WHERE name = 'messaging-inbox-purge'")
                .update();
        inboxPurge.scheduledPurge();
        assertThat(inboxIds()).doesNotContain(beyond);
        assertThat(jdbc.sql("SELECT locked_by FROM shedlock WHERE name = 'messaging-inbox-purge'").query(String.class)
                .single()).isNotEqualTo("another-replica");
    }

    private Duration retentionOf(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.broker().bootstrapServers()))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            String millis = admin.describeConfigs(List.of(resource)).all().get().get(resource)
                    .get(TopicConfig.RETENTION_MS_CONFIG).value();
            return Duration.ofMillis(Long.parseLong(millis));
        }
    }

    private UUID inboxRow(Duration age) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO inbox_message (consumer, event_id, received_at) VALUES ('retention-test', :id, "
                + "now() - make_interval(secs => :age))").param("id", id).param("age", age.toSeconds()).update();
        return id;
    }

    private List<UUID> inboxIds() {
        return jdbc.sql("SELECT event_id FROM inbox_message WHERE consumer = 'retention-test'").query(UUID.class).list();
    }

    private UUID deadLetterRow(String status, Duration resolvedAgo) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO dead_letter (id, consumer, original_topic, original_partition, original_offset, reason,
                            status, parked_at, resolved_by, resolved_at)
                        VALUES (:id, 'retention-test', 'some.topic', 0, :offset, 'test', :status, now() - interval '400 days',
                            CASE WHEN :resolved THEN 'op' END,
                            CASE WHEN :resolved THEN now() - make_interval(secs => :ago) END)""")
                .param("id", id).param("offset", Math.abs(id.getMostSignificantBits() % 1_000_000)).param("status", status)
                .param("resolved", resolvedAgo != null).param("ago", resolvedAgo == null ? 0 : resolvedAgo.toSeconds())
                .update();
        return id;
    }

    /** The person's first record fails for good, their second waits behind it. */
    private List<DeadLetter> twoRecordsParked(UUID person) {
        listener.failingPersons.put(person, "business rule failed");
        renew(person, 1);
        renew(person, 2);
        await().atMost(WITHIN).until(() -> parkedOf(person).size() == 2);
        return parkedOf(person);
    }

    private void renew(UUID person, int day) {
        TestRecords.send(kafka, Topics.CERTIFICATION, person.toString(), TestRecords.renewal(person, day(day)));
    }

    private static LocalDate day(int day) {
        return LocalDate.of(2031, 1, 1).plusDays(day);
    }

    private DeadLetter.Status status(DeadLetter deadLetter) {
        return deadLetters.find(deadLetter.id()).orElseThrow().status();
    }

    private List<DeadLetter> parkedOf(UUID person) {
        return parkedOf(person.toString());
    }

    /** This person's dead letters in their order on the topic. */
    private List<DeadLetter> parkedOf(String key) {
        String keyHash = pseudonyms.of(key);
        return deadLetters.list(true, 1000).stream().filter(d -> keyHash.equals(d.keyHash()))
                .sorted(java.util.Comparator.comparingLong(DeadLetter::originalOffset)).toList();
    }

    private List<LocalDate> effectsOf(UUID person) {
        return jdbc.sql("SELECT marker FROM consumer_effect WHERE person_id = :p ORDER BY seq")
                .param("p", person).query(LocalDate.class).list();
    }
}

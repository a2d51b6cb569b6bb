package io.zhucan.subsidy;

import static io.zhucan.subsidy.BenchmarkHolders.seconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.IntegrationEvent;
import io.zhucan.platform.events.EventCatalog;
import io.zhucan.platform.events.subsidy.AllowanceChanged;
import io.zhucan.platform.events.subsidy.AllowanceStatus;
import io.zhucan.platform.events.subsidy.EligibilityDecided;
import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.subsidy.EntitlementAmountChanged;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.messaging.outbox.KafkaRelay;
import io.zhucan.platform.messaging.outbox.OutboxMessage;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.testing.BenchmarkReport;
import io.zhucan.platform.testing.ProducerFloor;
import io.zhucan.subsidy.approval.application.ApprovalService;
import io.zhucan.subsidy.entitlement.application.PolicyRollout;
import io.zhucan.subsidy.policy.PolicyChange;
import io.zhucan.subsidy.policy.PolicyChange.AmountChange;
import io.zhucan.subsidy.policy.application.PolicyService;
import io.zhucan.subsidy.policy.application.PreviewService;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.ProducerFactory;

/**
 * The re-evaluation of the province (1.2 M certificate holders with an active nursing entitlement)
 * after a province-wide amount change, from the approval of the version until every changed row is
 * committed and every event is on Kafka, beside its raw floor in the same run: COPY of the rows it
 * wrote (decisions, current decisions, entitlements, amount schedule rows, notices) into tables
 * {@code LIKE … INCLUDING ALL} + a plain producer sending the same number of events of the same
 * types. Runs only with {@code -Pbench}; writes target/bench/reevaluation.json.
 */
class ReevaluationBenchmark extends SubsidyITSupport {

    static final int PERSONS = Integer.getInteger("bench.persons", 1_200_000);
    /** Counties without amounts of their own: the province's amounts apply. */
    static final List<String> COUNTIES = List.of("330105", "330108", "330109", "330110", "330205", "330302", "330402",
            "330802", "330803", "330881");
    static final long GRADE_1 = 42000;
    static final long GRADE_2 = 31500;

    @Autowired PolicyService policy;
    @Autowired PreviewService previews;
    @Autowired ApprovalService approvals;
    @Autowired PolicyRollout rollout;
    @Autowired DataSource dataSource;
    @Autowired ProducerFactory<String, byte[]> producers;

    @Test
    void reevaluationOfTheProvinceAfterAnAmountChange() throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("persons", PERSONS);
        long t = System.nanoTime();
        BenchmarkHolders.seed(jdbc, PERSONS, COUNTIES);
        result.put("seedSeconds", seconds(t));

        CurrentUser maker = new CurrentUser("bench.operator", Set.of("operator"), "330000", null, null);
        CurrentUser checker = new CurrentUser("bench.checker", Set.of("operator"), "330000", null, null);
        var proposal = policy.propose(new PolicyChange(nextMonth().atDay(1), "benchmark: raise nursing province-wide",
                Map.of(), List.of(new AmountChange(Allowance.NURSING, "330000", DisabilityGrade.GRADE_1, GRADE_1),
                        new AmountChange(Allowance.NURSING, "330000", DisabilityGrade.GRADE_2, GRADE_2))), maker);
        t = System.nanoTime();
        var preview = previews.run(proposal.id(), checker);
        result.put("previewSeconds", seconds(t));

        // as production does: the approval creates the version, whose re-evaluation starts in the background
        t = System.nanoTime();
        long version = Long.parseLong(approvals.approve(proposal.id(), checker, preview.id()).outcome()
                .replace("policy version ", ""));
        rollout.applyDueVersions(); // waits for the background one; a failure shows here
        double committedSeconds = seconds(t);
        await().atMost(Duration.ofMinutes(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> !jdbc.sql("SELECT EXISTS (SELECT 1 FROM outbox_event)").query(Boolean.class).single());
        double publishedSeconds = seconds(t);

        YearMonth from = nextMonth();
        long changed = jdbc.sql("""
                        SELECT count(*) FROM entitlement_amount WHERE from_month = :from AND policy_version = :v
                          AND monthly_amount_fen IN (:g1, :g2)""")
                .param("from", from.atDay(1)).param("v", version).param("g1", GRADE_1).param("g2", GRADE_2)
                .query(Long.class).single();
        assertThat(changed).isEqualTo(PERSONS);
        long decisions = count("SELECT count(*) FROM decision WHERE policy_version = " + version);
        long notices = count("SELECT count(*) FROM notification WHERE kind = 'AMOUNT_CHANGED'");
        result.put("changedEntitlements", changed);
        result.put("decisionsRecorded", decisions);
        result.put("noticesSent", notices);
        result.put("reevaluationCommittedSeconds", committedSeconds);
        result.put("reevaluationPublishedSeconds", publishedSeconds);
        result.put("reevaluatedPersonsPerSecond", Math.round(PERSONS / publishedSeconds));

        double copySeconds = copyFloor(version, from);
        int events = 3 * PERSONS; // the decision, the amount change and civil affairs' notice of each
        double producerSeconds = producerFloor(events, version, from);
        double floorSeconds = Math.round((copySeconds + producerSeconds) * 100) / 100.0;
        result.put("floorCopySeconds", copySeconds);
        result.put("floorEvents", events);
        result.put("floorProducerSeconds", producerSeconds);
        result.put("floorSeconds", floorSeconds);
        result.put("reevaluationOverFloor", Math.round(publishedSeconds / floorSeconds * 100) / 100.0);
        BenchmarkReport.write("reevaluation", result);
    }

    /** The rows the re-evaluation wrote, COPYed into tables like theirs. */
    private double copyFloor(long version, YearMonth from) throws Exception {
        double seconds = BenchmarkHolders.copySeconds(dataSource, jdbc, "decision",
                        "SELECT * FROM decision WHERE policy_version = " + version)
                + BenchmarkHolders.copySeconds(dataSource, jdbc, "current_decision",
                        "SELECT * FROM current_decision WHERE allowance = 'NURSING'")
                + BenchmarkHolders.copySeconds(dataSource, jdbc, "entitlement", "SELECT * FROM entitlement")
                + BenchmarkHolders.copySeconds(dataSource, jdbc, "entitlement_amount",
                        "SELECT * FROM entitlement_amount WHERE from_month = DATE '" + from.atDay(1) + "'")
                + BenchmarkHolders.copySeconds(dataSource, jdbc, "notification", "SELECT * FROM notification");
        return Math.round(seconds * 100) / 100.0;
    }

    /** The re-evaluation's events (same types, topics, keys and sizes), from memory through a plain producer. */
    private double producerFloor(int events, long version, YearMonth from) throws Exception {
        List<UUID> persons = jdbc.sql("SELECT person_id FROM entitlement").query(UUID.class).list();
        Instant now = Instant.now();
        try (Producer<String, byte[]> producer = producers.createProducer()) {
            return ProducerFloor.seconds(producer, events, i -> {
                UUID person = persons.get(i / 3);
                return record(switch (i % 3) {
                    case 0 -> new EligibilityDecided(UUID.randomUUID(), now, person, UUID.randomUUID(), Allowance.NURSING,
                            EligibilityOutcome.ELIGIBLE, List.of(), List.of(), "330802", version);
                    case 1 -> new EntitlementAmountChanged(UUID.randomUUID(), now, person, UUID.randomUUID(),
                            Allowance.NURSING, "330802", 30000, GRADE_2, from);
                    default -> new AllowanceChanged(UUID.randomUUID(), now, person, "33010219600101001X42",
                            UUID.randomUUID(), Allowance.NURSING, "330802", AllowanceStatus.AMOUNT_CHANGED, from, GRADE_2);
                }, now);
            });
        }
    }

    private ProducerRecord<String, byte[]> record(IntegrationEvent event, Instant now) {
        var type = EventCatalog.of(event.getClass());
        return KafkaRelay.toRecord(new OutboxMessage(event.eventId(), type.name(), now, type.topic(),
                event.partitionKey(), codec.json().writeValueAsString(event)));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}

package io.zhucan.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.subsidy.PaymentInstructed;
import io.zhucan.platform.messaging.outbox.KafkaRelay;
import io.zhucan.platform.messaging.outbox.OutboxMessage;
import io.zhucan.platform.testing.BenchmarkReport;
import io.zhucan.platform.testing.ProducerFloor;
import io.zhucan.subsidy.entitlement.application.PolicyRollout;
import io.zhucan.subsidy.payment.application.PaymentRunService;
import io.zhucan.subsidy.policy.PolicyChange;
import io.zhucan.subsidy.policy.PolicyChange.AmountChange;
import io.zhucan.subsidy.policy.application.PolicyService;
import io.zhucan.subsidy.policy.application.PreviewService;
import io.zhucan.subsidy.approval.application.ApprovalService;
import io.zhucan.platform.security.CurrentUser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
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
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.ProducerFactory;

/**
 * Province scale (~1.2 M certificate holders): the monthly payment run over 1 M active entitlements
 * (first run until every event is on Kafka, beside its raw floor of the same run: COPY of the same
 * instruction rows + a plain producer sending the same events; then the idempotent re-run) and the
 * bulk re-evaluation rate after a policy change.
 * Runs only with {@code ./mvnw -Pbench -pl services/subsidy verify}; writes target/bench/subsidy.json.
 */
class SubsidyBenchmark extends SubsidyITSupport {

    static final int PERSONS = Integer.getInteger("bench.persons", 1_000_000);
    static final List<String> COUNTIES = List.of("330102", "330105", "330106", "330108", "330109", "330110", "330482",
            "330802", "330803", "330881");

    @Autowired PaymentRunService runs;
    @Autowired PolicyService policy;
    @Autowired ApprovalService approvals;
    @Autowired PolicyRollout rollout;
    @Autowired PreviewService previews;
    @Autowired DataSource dataSource;
    @Autowired ProducerFactory<String, byte[]> producers;

    @Test
    void paymentRunAndBulkReevaluationAtProvinceScale() throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("persons", PERSONS);

        long t = System.nanoTime();
        seed();
        result.put("seedSeconds", seconds(t));

        // the floor of the same run: COPY of the same instruction rows + a plain producer sending the same events
        YearMonth month = thisMonth(); // before the policy change below takes effect (next month)
        double copySeconds = copyFloor(month);
        double producerSeconds = producerFloor(month);
        double floorSeconds = copySeconds + producerSeconds;
        result.put("floorCopySeconds", copySeconds);
        result.put("floorProducerSeconds", producerSeconds);
        result.put("floorSeconds", floorSeconds);

        // the run with the relay running: from the start until every event is on Kafka
        t = System.nanoTime();
        var first = runs.run(month, "bench");
        double firstSeconds = seconds(t);
        assertThat(first.instructed()).isEqualTo(PERSONS);
        result.put("paymentRunInstructed", first.instructed());
        result.put("paymentRunSeconds", firstSeconds);
        result.put("paymentRunInstructionsPerSecond", Math.round(first.instructed() / firstSeconds));
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> !jdbc.sql("SELECT EXISTS (SELECT 1 FROM outbox_event)").query(Boolean.class).single());
        double publishedSeconds = seconds(t);
        result.put("paymentRunPublishedSeconds", publishedSeconds);
        result.put("paymentInstructionsPublishedPerSecond", Math.round(first.instructed() / publishedSeconds));
        result.put("paymentRunOverFloor", Math.round(publishedSeconds / floorSeconds * 100) / 100.0);

        t = System.nanoTime();
        var again = runs.run(month, "bench");
        double againSeconds = seconds(t);
        assertThat(again.instructed()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM payment_instruction WHERE month = :m").param("m", month.atDay(1))
                .query(Long.class).single()).isEqualTo(PERSONS);
        result.put("paymentReRunSeconds", againSeconds);
        BenchmarkReport.write("subsidy", result); // the payment figures, whatever the re-evaluation does

        // bulk re-evaluation: one county and grade (a tenth of a twentieth of the persons) gets a new amount
        String county = "330802";
        long touched = jdbc.sql("SELECT count(*) FROM person_facts WHERE county = :c AND grade = 'GRADE_2'")
                .param("c", county).query(Long.class).single();
        t = System.nanoTime();
        var proposal = policy.propose(new PolicyChange(nextMonth().atDay(1), "benchmark: raise nursing grade 2 in 330802",
                Map.of(), List.of(new AmountChange(Allowance.NURSING, county, DisabilityGrade.GRADE_2, 33300L))),
                new CurrentUser("bench.operator", Set.of("operator"), "330000", null, null));
        CurrentUser approver = new CurrentUser("bench.approver", Set.of("operator"), "330000", null, null);
        long version = Long.parseLong(approvals.approve(proposal.id(), approver,
                previews.run(proposal.id(), approver).id()).outcome().replace("policy version ", ""));
        rollout.applyDueVersions(); // in this thread (waits for the background one if it runs): a failure shows here
        assertThat(jdbc.sql("SELECT applied_at IS NOT NULL FROM policy_version WHERE version = :v")
                .param("v", version).query(Boolean.class).single()).isTrue();
        double reevalSeconds = seconds(t);
        long changed = jdbc.sql("SELECT count(*) FROM entitlement_amount WHERE monthly_amount_fen = 33300")
                .query(Long.class).single();
        assertThat(changed).isEqualTo(touched);
        result.put("reevaluatedPersons", touched);
        result.put("reevaluationSeconds", reevalSeconds);
        result.put("reevaluatedPersonsPerSecond", Math.round(touched / reevalSeconds));

        BenchmarkReport.write("subsidy", result);
    }

    /** 1 M certificate holders with an active nursing entitlement, set-based; valid ID numbers (born 1960–65). */
    private void seed() {
        jdbc.sql("""
                        INSERT INTO person_facts (id_number, person_id, certificate_id, certificate_number, category, grade,
                            grade_since, county, certificate_status, certificate_status_since, issued_on, valid_until,
                            care_benefits, updated_at)
                        SELECT id, gen_random_uuid(), gen_random_uuid(), id || CASE WHEN n % 2 = 0 THEN '41' ELSE '42' END,
                               'PHYSICAL', CASE WHEN n % 2 = 0 THEN 'GRADE_1' ELSE 'GRADE_2' END, DATE '2020-01-01',
                               (ARRAY['330102','330105','330106','330108','330109','330110','330482','330802','330803','330881'])[1 + (n / 2) % 10],
                               'VALID', DATE '2020-01-01', DATE '2020-01-01', DATE '2030-01-01', '{}', now()
                        FROM (SELECT n, body || substr('10X98765432', (SELECT sum(substr(body, i::int, 1)::int * w)
                                  FROM unnest(ARRAY[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]) WITH ORDINALITY AS t(w, i))::int
                                  % 11 + 1, 1) AS id
                              FROM (SELECT n, '330102' || to_char(DATE '1960-01-01' + n / 500, 'YYYYMMDD')
                                           || lpad((n % 500)::text, 3, '0') AS body
                                    FROM generate_series(1, :n) n) b) s""")
                .param("n", PERSONS).update();
        jdbc.sql("""
                        INSERT INTO entitlement (id, person_id, id_number, allowance, county, status, start_month,
                            manual_override, granted_at, updated_at)
                        SELECT gen_random_uuid(), person_id, id_number, 'NURSING', county, 'ACTIVE', DATE '2020-02-01',
                               false, now(), now()
                        FROM person_facts WHERE id_number LIKE '330102196%'""").update();
        jdbc.sql("""
                        INSERT INTO entitlement_amount (entitlement_id, from_month, monthly_amount_fen, policy_version, reason)
                        SELECT e.id, e.start_month, CASE WHEN f.grade = 'GRADE_1' THEN 40000 ELSE 30000 END, 1, 'bench'
                        FROM entitlement e JOIN person_facts f ON f.id_number = e.id_number WHERE f.id_number LIKE '330102196%'""")
                .update();
        jdbc.sql("""
                        INSERT INTO current_decision (person_id, allowance, decision_id, outcome, failed_rules, missing_facts,
                            amount_fen)
                        SELECT person_id, a.allowance, gen_random_uuid(), a.outcome, a.failed, '{}', a.amount
                        FROM person_facts f CROSS JOIN (VALUES ('LIVING', 'NOT_ELIGIBLE', ARRAY['LIVING.LOW_INCOME'], NULL::bigint),
                                                           ('NURSING', 'ELIGIBLE', ARRAY[]::text[], 30000::bigint))
                             AS a(allowance, outcome, failed, amount)
                        WHERE f.id_number LIKE '330102196%' AND f.grade = 'GRADE_2'""").update();
        jdbc.sql("ANALYZE").update();
    }

    /** The instruction rows the run will write, produced beforehand, then COPYed into a table like payment_instruction. */
    private double copyFloor(YearMonth month) throws Exception {
        jdbc.sql("CREATE TABLE payment_floor (LIKE payment_instruction INCLUDING ALL)").update();
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            var rows = new ByteArrayOutputStream();
            copy.copyOut("""
                    COPY (SELECT gen_random_uuid(), e.id, DATE '%s', e.person_id, e.allowance, a.monthly_amount_fen, e.county,
                                 'INSTRUCTED', 1, NULL, f.certificate_number, now(), NULL, false
                          FROM entitlement e JOIN person_facts f ON f.id_number = e.id_number
                          JOIN entitlement_amount a ON a.entitlement_id = e.id) TO STDOUT""".formatted(month.atDay(1)), rows);
            long t = System.nanoTime();
            copy.copyIn("COPY payment_floor FROM STDIN", new ByteArrayInputStream(rows.toByteArray()));
            return seconds(t);
        } finally {
            jdbc.sql("DROP TABLE payment_floor").update();
        }
    }

    /** The run's events (same type, topic, keys and payload size), from memory through a plain producer. */
    private double producerFloor(YearMonth month) throws Exception {
        List<UUID> persons = jdbc.sql("SELECT person_id FROM entitlement").query(UUID.class).list();
        Instant now = Instant.now();
        try (Producer<String, byte[]> producer = producers.createProducer()) {
            return ProducerFloor.seconds(producer, persons.size(), i -> {
                var event = new PaymentInstructed(UUID.randomUUID(), now, persons.get(i), UUID.randomUUID(),
                        UUID.randomUUID(), Allowance.NURSING, month, 30000, "330102", "99000000000000001X42", 1, false);
                return KafkaRelay.toRecord(new OutboxMessage(event.eventId(), PaymentInstructed.TYPE.name(), now,
                        PaymentInstructed.TYPE.topic(), event.partitionKey(), codec.json().writeValueAsString(event)));
            });
        }
    }

    private static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e7) / 100.0;
    }
}

package io.zhucan.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.messaging.outbox.OutboxBacklog;
import io.zhucan.platform.testing.BenchmarkReport;
import io.zhucan.subsidy.payment.application.PaymentRunService;
import io.zhucan.subsidy.policy.PolicyChange;
import io.zhucan.subsidy.policy.PolicyChange.AmountChange;
import io.zhucan.subsidy.policy.application.PolicyService;
import io.zhucan.subsidy.approval.application.ApprovalService;
import io.zhucan.platform.security.CurrentUser;
import java.time.Duration;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Province scale (~1.2 M certificate holders): the monthly payment run over 1 M active entitlements
 * (first run, then the idempotent re-run) and the bulk re-evaluation rate after a policy change.
 * Runs only with {@code ./mvnw -Pbench -pl services/subsidy verify}; writes target/bench/subsidy.json.
 */
class SubsidyBenchmark extends SubsidyITSupport {

    static final int PERSONS = Integer.getInteger("bench.persons", 1_000_000);
    static final List<String> COUNTIES = List.of("330102", "330105", "330106", "330108", "330109", "330110", "330482",
            "330802", "330803", "330881");

    @Autowired PaymentRunService runs;
    @Autowired PolicyService policy;
    @Autowired ApprovalService approvals;
    @Autowired OutboxBacklog backlog;

    @Test
    void paymentRunAndBulkReevaluationAtProvinceScale() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("persons", PERSONS);

        long t = System.nanoTime();
        seed();
        result.put("seedSeconds", seconds(t));

        // the relay runs: the run paces itself to it (max outbox backlog), so "done" means published too
        YearMonth month = YearMonth.of(2099, 1);
        t = System.nanoTime();
        var first = runs.run(month, "bench", 2000);
        double firstSeconds = seconds(t);
        assertThat(first.instructed()).isEqualTo(PERSONS);
        result.put("paymentRunInstructed", first.instructed());
        result.put("paymentRunSeconds", firstSeconds);
        result.put("paymentRunInstructionsPerSecond", Math.round(first.instructed() / firstSeconds));
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> backlog.pending() == 0);
        double publishedSeconds = seconds(t);
        result.put("paymentRunPublishedSeconds", publishedSeconds);
        result.put("paymentInstructionsPublishedPerSecond", Math.round(first.instructed() / publishedSeconds));

        t = System.nanoTime();
        var again = runs.run(month, "bench", 2000);
        double againSeconds = seconds(t);
        assertThat(again.instructed()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM payment_instruction WHERE month = :m").param("m", month.atDay(1))
                .query(Long.class).single()).isEqualTo(PERSONS);
        result.put("paymentReRunSeconds", againSeconds);

        // bulk re-evaluation: one county and grade (a tenth of a twentieth of the persons) gets a new amount
        String county = "330802";
        long touched = jdbc.sql("SELECT count(*) FROM person_facts WHERE county = :c AND grade = 'GRADE_2'")
                .param("c", county).query(Long.class).single();
        t = System.nanoTime();
        var proposal = policy.propose(new PolicyChange(nextMonth().atDay(1), "benchmark: raise nursing grade 2 in 330802",
                Map.of(), List.of(new AmountChange(Allowance.NURSING, county, DisabilityGrade.GRADE_2, 33300L))),
                new CurrentUser("bench.operator", Set.of("operator"), "330000", null, null));
        long version = Long.parseLong(approvals.approve(proposal.id(),
                new CurrentUser("bench.approver", Set.of("operator"), "330000", null, null)).outcome()
                .replace("policy version ", ""));
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> jdbc.sql("SELECT applied_at IS NOT NULL FROM policy_version WHERE version = :v")
                        .param("v", version).query(Boolean.class).single());
        double reevalSeconds = seconds(t);
        long changed = jdbc.sql("SELECT count(*) FROM entitlement_amount WHERE monthly_amount_fen = 33300")
                .query(Long.class).single();
        assertThat(changed).isEqualTo(touched);
        result.put("reevaluatedPersons", touched);
        result.put("reevaluationSeconds", reevalSeconds);
        result.put("reevaluatedPersonsPerSecond", Math.round(touched / reevalSeconds));

        BenchmarkReport.write("subsidy", result);
    }

    /** 1 M certificate holders with an active nursing entitlement, set-based. */
    private void seed() {
        jdbc.sql("""
                        INSERT INTO person_facts (id_number, person_id, certificate_id, certificate_number, category, grade,
                            grade_since, county, certificate_status, certificate_status_since, issued_on, valid_until,
                            care_benefits, updated_at)
                        SELECT id, gen_random_uuid(), gen_random_uuid(), id || CASE WHEN n % 2 = 0 THEN '41' ELSE '42' END,
                               'PHYSICAL', CASE WHEN n % 2 = 0 THEN 'GRADE_1' ELSE 'GRADE_2' END, DATE '2020-01-01',
                               (ARRAY['330102','330105','330106','330108','330109','330110','330482','330802','330803','330881'])[1 + (n / 2) % 10],
                               'VALID', DATE '2020-01-01', DATE '2020-01-01', DATE '2030-01-01', '{}', now()
                        FROM (SELECT n, '9' || lpad(n::text, 16, '0') || 'X' AS id FROM generate_series(1, :n) n) s""")
                .param("n", PERSONS).update();
        jdbc.sql("""
                        INSERT INTO entitlement (id, person_id, id_number, allowance, county, status, start_month,
                            manual_override, granted_at, updated_at)
                        SELECT gen_random_uuid(), person_id, id_number, 'NURSING', county, 'ACTIVE', DATE '2020-02-01',
                               false, now(), now()
                        FROM person_facts WHERE id_number LIKE '9%X'""").update();
        jdbc.sql("""
                        INSERT INTO entitlement_amount (entitlement_id, from_month, monthly_amount_fen, policy_version, reason)
                        SELECT e.id, e.start_month, CASE WHEN f.grade = 'GRADE_1' THEN 40000 ELSE 30000 END, 1, 'bench'
                        FROM entitlement e JOIN person_facts f ON f.id_number = e.id_number WHERE f.id_number LIKE '9%X'""")
                .update();
        jdbc.sql("""
                        INSERT INTO current_decision (person_id, allowance, decision_id, outcome, failed_rules, missing_facts,
                            amount_fen)
                        SELECT person_id, a.allowance, gen_random_uuid(), a.outcome, a.failed, '{}', a.amount
                        FROM person_facts f CROSS JOIN (VALUES ('LIVING', 'NOT_ELIGIBLE', ARRAY['LIVING.LOW_INCOME'], NULL::bigint),
                                                           ('NURSING', 'ELIGIBLE', ARRAY[]::text[], 30000::bigint))
                             AS a(allowance, outcome, failed, amount)
                        WHERE f.id_number LIKE '9%X' AND f.grade = 'GRADE_2'""").update();
        jdbc.sql("ANALYZE").update();
    }

    private static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e7) / 100.0;
    }
}

package io.zhucan.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.Topics;
import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.partner.LowIncomeStatusChanged;
import io.zhucan.platform.events.subsidy.PaymentInstructed;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import io.zhucan.subsidy.entitlement.Entitlements;
import io.zhucan.subsidy.payment.PaymentRun;
import io.zhucan.subsidy.policy.Policies;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.policy.PolicyChange;
import io.zhucan.subsidy.policy.PolicyChange.AmountChange;
import io.zhucan.subsidy.payment.application.PaymentRunService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Arrears (补发): months an entitlement came to cover after their run had passed are paid once by the
 * next run, each as its own instruction, as far back as the look-back in force (seeded: 12 months),
 * never a paused month, a month paid already or a month the legacy system paid.
 */
class ArrearsIT extends SubsidyITSupport {

    @Autowired PaymentRunService runs;
    @Autowired Entitlements entitlementStore;
    @Autowired TransactionTemplate transactions;
    @Autowired Policies policies;

    /** A far month no other test runs, so the run's counters are this test's. */
    static final YearMonth RUN = nextMonth().plusMonths(50);

    @Test
    void aLateFactPaysTheMissedMonthsOnceEachWithinTheLookBackAtTheirScheduledAmounts() {
        Person p = grantedPerson("330102");
        UUID living = entitlementId(p, "LIVING");
        backdate(living, RUN.minusMonths(14));
        jdbc.sql("UPDATE entitlement_amount SET monthly_amount_fen = 40000 WHERE entitlement_id = :e")
                .param("e", living).update();
        transactions.executeWithoutResult(s -> entitlementStore.scheduleAmount(living, RUN.minusMonths(8), 55500, null,
                "test: regraded"));
        jdbc.sql("INSERT INTO entitlement_pause (entitlement_id, from_month, until_month) VALUES (:e, :m, :m)")
                .param("e", living).param("m", RUN.minusMonths(5).atDay(1)).update(); // paused then: not owed
        runs.run(RUN.minusMonths(3), "test"); // that month's own run paid it
        // then a late fact: covered since RUN-14, known only after RUN-3 was paid
        transactions.executeWithoutResult(s -> entitlementStore.oweArrears(living, RUN.minusMonths(14),
                RUN.minusMonths(1)));

        PaymentRun run = runs.run(RUN, "test");

        Map<YearMonth, Long> paid = months(living);
        assertThat(paid.keySet()).doesNotContain(RUN.minusMonths(14), RUN.minusMonths(13), RUN.minusMonths(5))
                .contains(RUN.minusMonths(12), RUN.minusMonths(1), RUN); // exactly the look-back, not one beyond
        assertThat(paid).hasSize(12); // 12 months back and this one, less the paused month
        assertThat(paid.get(RUN.minusMonths(9))).isEqualTo(40000L);
        assertThat(paid.get(RUN.minusMonths(8))).isEqualTo(55500L);
        assertThat(jdbc.sql("SELECT count(*) FROM payment_instruction WHERE entitlement_id = :e AND arrears")
                .param("e", living).query(Long.class).single()).isEqualTo(10); // R-3 was paid by its own run
        assertThat(run.arrears()).isEqualTo(10);
        assertThat(run.instructed()).isGreaterThanOrEqualTo(11);

        PaymentRun again = runs.run(RUN, "test");
        assertThat(months(living)).isEqualTo(paid);
        assertThat(again.instructed()).isZero();
        assertThat(again.arrears()).isZero();
        assertThat(again.runs()).isEqualTo(2);
    }

    @Test
    void noRunPaysAMonthTheLegacySystemPaid() {
        Person p = grantedPerson("330106");
        YearMonth run = RUN.plusMonths(20);
        UUID living = entitlementId(p, "LIVING");
        UUID nursing = entitlementId(p, "NURSING");
        for (UUID e : List.of(living, nursing)) {
            backdate(e, run.minusMonths(6));
            transactions.executeWithoutResult(s -> entitlementStore.oweArrears(e, run.minusMonths(6), run.minusMonths(1)));
        }
        paidElsewhere(p, "LIVING", run.minusMonths(3));

        runs.run(run, "test");

        assertThat(months(living).keySet()).containsExactly(run.minusMonths(2), run.minusMonths(1), run);
        assertThat(months(nursing)).hasSize(7);

        paidElsewhere(p, "NURSING", run.plusMonths(1)); // paid ahead by the legacy system
        runs.run(run.plusMonths(1), "test");
        assertThat(months(nursing)).hasSize(7);
        assertThat(months(living)).hasSize(4);
    }

    /** End to end: a certificate approved three months ago reaches subsidy only now. */
    @Test
    void aCertificateKnownLatePaysItsMonthsInTheNextRunMarkedAsArrears() {
        Person p = person("330102", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1);
        send(new LowIncomeStatusChanged("MZ-DB-" + UUID.randomUUID(), Instant.now(), p.idNumber(), LowIncomeStatus.DIBAO,
                today().minusMonths(6)));
        awaitLowIncome(p.idNumber(), "DIBAO");
        CertificateIssued now = p.issued();
        LocalDate approved = today().minusMonths(3);
        send(new CertificateIssued(now.eventId(), now.occurredAt(), now.personId(), now.certificateId(),
                now.applicationId(), now.certificateNumber(), now.category(), now.grade(), now.disabilities(),
                now.householdCounty(), now.birthDate(), now.sex(), approved, approved.plusYears(10)));
        await().atMost(WITHIN).until(() -> entitlementsOf(p.personId()).size() == 2);
        // from the month after approval, whichever version governed it (another test's may start next month)
        YearMonth start = YearMonth.from(approved).plusMonths(1);
        assertThat(entitlement(p.personId(), "LIVING").get("start_month")).isEqualTo(java.sql.Date.valueOf(start.atDay(1)));

        runs.run(nextMonth(), "test");

        List<YearMonth> owed = java.util.stream.Stream.iterate(start, m -> !m.isAfter(nextMonth()), m -> m.plusMonths(1))
                .toList();
        assertThat(months(entitlementId(p, "LIVING")).keySet()).containsExactlyElementsOf(owed);
        await().atMost(WITHIN).until(() -> instructed(p).size() >= 2 * owed.size());
        List<PaymentInstructed> events = instructed(p);
        assertThat(events).hasSize(2 * owed.size()).extracting(PaymentInstructed::instructionId).doesNotHaveDuplicates();
        assertThat(events).filteredOn(e -> e.month().isBefore(thisMonth()))
                .hasSize(2 * (int) owed.stream().filter(m -> m.isBefore(thisMonth())).count())
                .allSatisfy(e -> assertThat(e.arrears()).isTrue());
        assertThat(events).filteredOn(e -> e.month().equals(nextMonth())).hasSize(2)
                .allSatisfy(e -> assertThat(e.arrears()).isFalse());
    }

    /**
     * A certificate approved four months ago reaches subsidy only now, after a new version raised the
     * county's nursing allowance last month: the two months before the change are owed at the old amount
     * (the first of them was paid by the legacy system), the change's month on at the new one, each once.
     */
    @Test
    void aLateFactBeforeANewPolicyVersionIsPaidTheEarlierMonthsAtTheOldAmountOnceEach() {
        String county = "330127"; // 淳安县: no other test's, so the county's own amount touches no one else
        YearMonth changed = thisMonth().minusMonths(1);
        Policy before = policies.inForce(changed.atDay(1));
        long oldAmount = before.monthlyAmount(Allowance.NURSING, county, DisabilityGrade.GRADE_1).orElseThrow();
        long newAmount = oldAmount + 5_500;
        PolicyChange raise = new PolicyChange(changed.atDay(1), "淳安县护理补贴提标 (test)", Map.of(),
                List.of(new AmountChange(Allowance.NURSING, county, DisabilityGrade.GRADE_1, newAmount)));
        long version = policies.versions().getFirst().version() + 1;
        policies.add(raise.applyTo(before, version), raise, "test", "test2");
        policies.markApplied(version, 0); // nobody to re-evaluate: the test's person is not known yet
        try {
            Person p = person(county, DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1);
            CertificateIssued now = p.issued();
            LocalDate approved = today().minusMonths(4);
            paidElsewhere(p, "NURSING", thisMonth().minusMonths(3));
            send(new CertificateIssued(now.eventId(), now.occurredAt(), now.personId(), now.certificateId(),
                    now.applicationId(), now.certificateNumber(), now.category(), now.grade(), now.disabilities(),
                    now.householdCounty(), now.birthDate(), now.sex(), approved, approved.plusYears(10)));
            await().atMost(WITHIN).until(() -> entitlementsOf(p.personId()).size() == 1);
            UUID nursing = entitlementId(p, "NURSING");
            assertThat(entitlement(p.personId(), "NURSING").get("start_month"))
                    .isEqualTo(java.sql.Date.valueOf(thisMonth().minusMonths(3).atDay(1)));

            runs.run(nextMonth(), "test");

            Map<YearMonth, Long> paid = months(nursing);
            assertThat(paid).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(
                    changed.minusMonths(1), oldAmount, // the last month before the change: the old amount
                    changed, newAmount, thisMonth(), newAmount, nextMonth(), newAmount)));
            assertThat(jdbc.sql("SELECT from_month, policy_version FROM entitlement_amount WHERE entitlement_id = :e "
                            + "ORDER BY from_month").param("e", nursing)
                    .query((rs, n) -> YearMonth.from(rs.getObject(1, LocalDate.class)) + " v" + rs.getLong(2)).list())
                    .containsExactly(thisMonth().minusMonths(3) + " v" + before.version(), changed + " v" + version);
            assertThat(jdbc.sql("SELECT count(*) FROM payment_instruction WHERE entitlement_id = :e AND arrears")
                    .param("e", nursing).query(Long.class).single()).isEqualTo(3);
            runs.run(nextMonth(), "test");
            assertThat(months(nursing)).isEqualTo(paid); // never twice
        } finally {
            for (String table : List.of("policy_rule", "policy_amount", "policy_version")) {
                jdbc.sql("DELETE FROM " + table + " WHERE version = :v").param("v", version).update();
            }
        }
    }

    private List<PaymentInstructed> instructed(Person p) {
        return recordsOn(Topics.SUBSIDY_CIVIL_AFFAIRS, p.personId().toString(), 1).stream()
                .filter(r -> PaymentInstructed.TYPE.name().equals(type(r)))
                .map(r -> codec.fromJson(PaymentInstructed.TYPE, r.value())).toList();
    }

    private UUID entitlementId(Person p, String allowance) {
        return (UUID) entitlement(p.personId(), allowance).get("id");
    }

    /** As if granted from {@code start} (its amount from then on too). */
    private void backdate(UUID entitlement, YearMonth start) {
        jdbc.sql("UPDATE entitlement SET start_month = :m WHERE id = :e").param("e", entitlement)
                .param("m", start.atDay(1)).update();
        jdbc.sql("UPDATE entitlement_amount SET from_month = :m WHERE entitlement_id = :e").param("e", entitlement)
                .param("m", start.atDay(1)).update();
    }

    private void paidElsewhere(Person p, String allowance, YearMonth through) {
        jdbc.sql("""
                        INSERT INTO paid_elsewhere (id_number, allowance, paid_through, source, recorded_at)
                        VALUES (:id, :a, :m, 'test', now())
                        ON CONFLICT (id_number, allowance) DO UPDATE SET paid_through = EXCLUDED.paid_through""")
                .param("id", p.idNumber()).param("a", allowance).param("m", through.atDay(1)).update();
    }

    private Map<YearMonth, Long> months(UUID entitlement) {
        var result = new java.util.TreeMap<YearMonth, Long>();
        jdbc.sql("SELECT month, amount_fen FROM payment_instruction WHERE entitlement_id = :e").param("e", entitlement)
                .query((rs, n) -> result.put(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2))).list();
        return result;
    }
}

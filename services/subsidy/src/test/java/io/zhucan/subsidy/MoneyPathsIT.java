package io.zhucan.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.Topics;
import io.zhucan.platform.events.partner.DeathRegistered;
import io.zhucan.platform.events.partner.PaymentSettlementReported;
import io.zhucan.platform.events.partner.SettlementStatus;
import io.zhucan.platform.events.subsidy.PaymentCancelled;
import io.zhucan.platform.events.subsidy.PaymentInstructed;
import io.zhucan.subsidy.payment.application.PaymentFaults;
import io.zhucan.subsidy.payment.application.PaymentRunService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** Issue 11's money paths: what a failed, late or reused report, or a date out of bounds, must not do. */
class MoneyPathsIT extends SubsidyITSupport {

    @Autowired PaymentRunService runs;

    private UUID instruction(Person p, String allowance, YearMonth month) {
        return (UUID) paymentsOf(p.personId()).stream()
                .filter(r -> r.get("allowance").equals(allowance) && r.get("month").toString()
                        .equals(month.atDay(1).toString()))
                .findFirst().orElseThrow().get("id");
    }

    private Map<String, Object> row(UUID instruction) {
        return jdbc.sql("SELECT status, attempt FROM payment_instruction WHERE id = :id").param("id", instruction)
                .query().singleRow();
    }

    private void reportFailed(Person p, UUID instruction, Integer attempt) {
        send(new PaymentSettlementReported("MZ-ZF-" + UUID.randomUUID(), Instant.now(), p.idNumber(), instruction,
                SettlementStatus.FAILED, "银行账户已注销", today(), attempt));
    }

    private void dies(Person p) {
        send(new DeathRegistered("MZ-SW-" + UUID.randomUUID(), Instant.now(), p.idNumber(), today()));
        await().atMost(WITHIN).until(() -> hasEntitlement(p.personId(), "LIVING", "TERMINATED"));
    }

    // item 4: a failed month the entitlement no longer covers is cancelled, never sent again
    @Test
    void aFailedMonthIsCancelledWhenADeathEndsTheEntitlementAndNotSentAgain() {
        Person p = grantedPerson("330102");
        YearMonth month = nextMonth().plusMonths(30);
        runs.run(month, "test");
        UUID living = instruction(p, "LIVING", month);
        reportFailed(p, living, 1);
        await().atMost(WITHIN).until(() -> "FAILED".equals(row(living).get("status")));

        dies(p);
        runs.run(month, "test");

        assertThat(row(living)).containsEntry("status", "CANCELLED").containsEntry("attempt", 1);
        await().atMost(WITHIN).until(() -> recordsOn(Topics.SUBSIDY_CIVIL_AFFAIRS, p.personId().toString(), 1).stream()
                .map(SubsidyITSupport::type).toList().contains(PaymentCancelled.TYPE.name()));
    }

    // item 4: an overpayment never claims a month whose instruction failed after the claim
    @Test
    void aFailureReportedForAClaimedMonthReleasesItFromTheOverpayment() {
        Person p = grantedPerson("330102");
        YearMonth month = nextMonth().plusMonths(31);
        runs.run(month, "test");
        UUID living = instruction(p, "LIVING", month);
        dies(p);
        await().atMost(WITHIN).until(() -> claimedFen(p, "LIVING") > 0);

        reportFailed(p, living, 1);

        await().atMost(WITHIN).until(() -> "CANCELLED".equals(row(living).get("status")));
        assertThat(claimedFen(p, "LIVING")).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM overpayment_month m JOIN entitlement e ON e.id = m.entitlement_id "
                        + "WHERE e.person_id = :p AND e.allowance = 'LIVING'").param("p", p.personId())
                .query(Long.class).single()).isZero();
        assertThat(claimedFen(p, "NURSING")).isPositive();
    }

    private long claimedFen(Person p, String allowance) {
        return jdbc.sql("SELECT coalesce(sum(amount_fen), 0) FROM overpayment WHERE person_id = :p AND allowance = :a")
                .param("p", p.personId()).param("a", allowance).query(Long.class).single();
    }

    // item 8: a late report about a superseded attempt changes nothing
    @Test
    void aReportForASupersededAttemptChangesNothing() {
        Person p = grantedPerson("330106");
        YearMonth month = nextMonth().plusMonths(32);
        runs.run(month, "test");
        UUID living = instruction(p, "LIVING", month);
        reportFailed(p, living, 1);
        await().atMost(WITHIN).until(() -> "FAILED".equals(row(living).get("status")));
        runs.run(month, "test");
        assertThat(row(living)).containsEntry("status", "INSTRUCTED").containsEntry("attempt", 2);

        reportFailed(p, living, 1);                               // stale: about attempt 1
        Map<String, Object> paid = Map.of("factId", "MZ-ZF-" + UUID.randomUUID(), "idNumber", p.idNumber(),
                "instructionId", living, "attempt", 2, "status", "PAID", "settledOn", today().toString());
        assertThat(post("/api/partners/civil-affairs/payment-settlements", tokens.partner("civil-affairs").bearer(),
                paid).toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        await().atMost(WITHIN).until(() -> "PAID".equals(row(living).get("status")));
        assertThat(row(living)).containsEntry("attempt", 2);
        var attempts = recordsOn(Topics.SUBSIDY_CIVIL_AFFAIRS, p.personId().toString(), 1).stream()
                .filter(r -> PaymentInstructed.TYPE.name().equals(type(r)))
                .map(r -> codec.fromJson(PaymentInstructed.TYPE, r.value()))
                .filter(e -> e.instructionId().equals(living)).map(PaymentInstructed::attempt).toList();
        assertThat(attempts).containsExactly(1, 2);
    }

    // item 9: a partner's record ids are unique per fact type only
    @Test
    void aDeathReusingALowIncomeRecordIdIsApplied() {
        Person p = grantedPerson("330102");
        String civilAffairs = tokens.partner("civil-affairs").bearer();
        String recordId = "MZ-" + UUID.randomUUID();
        assertThat(post("/api/partners/civil-affairs/low-income-status", civilAffairs, Map.of("factId", recordId,
                "idNumber", p.idNumber(), "status", "DIBAO", "effectiveFrom", today().minusMonths(1).toString()))
                .toEntity(Map.class).getBody()).containsEntry("duplicate", false);

        assertThat(post("/api/partners/civil-affairs/deaths", civilAffairs, Map.of("factId", recordId,
                "idNumber", p.idNumber(), "dateOfDeath", today().toString())).toEntity(Map.class).getBody())
                .containsEntry("duplicate", false);

        await().atMost(WITHIN).until(() -> hasEntitlement(p.personId(), "LIVING", "TERMINATED"));
    }

    // item 6: no death in the future or before birth, over REST or Kafka
    @Test
    void aDeathInTheFutureOrBeforeBirthIsRefused() {
        Person p = grantedPerson("330102");
        String civilAffairs = tokens.partner("civil-affairs").bearer();
        LocalDate birth = LocalDate.parse(p.idNumber().substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        for (LocalDate date : new LocalDate[] {today().plusDays(1), LocalDate.of(2052, 1, 1), birth.minusDays(1)}) {
            var refused = post("/api/partners/civil-affairs/deaths", civilAffairs, Map.of("factId",
                    "MZ-SW-" + UUID.randomUUID(), "idNumber", p.idNumber(), "dateOfDeath", date.toString()))
                    .toEntity(String.class);
            assertThat(refused.getStatusCode()).as(date.toString()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
            assertThat(refused.getBody()).contains("rule-violation").doesNotContain(p.idNumber());
        }

        send(new DeathRegistered("MZ-SW-" + UUID.randomUUID(), Instant.now(), p.idNumber(), LocalDate.of(2052, 1, 1)));
        String keyHash = keyPseudonyms.of(p.idNumber());
        await().atMost(WITHIN).until(() -> deadLetters.list(false, 1000).stream()
                .anyMatch(d -> keyHash.equals(d.keyHash())));
        var parked = deadLetters.list(false, 1000).stream().filter(d -> keyHash.equals(d.keyHash())).findFirst()
                .orElseThrow();
        assertThat(parked.reason()).contains("future").doesNotContain(p.idNumber()).doesNotContain("2052");
        assertThat(jdbc.sql("SELECT count(*) FROM person_facts WHERE id_number = :id AND date_of_death IS NOT NULL")
                .param("id", p.idNumber()).query(Long.class).single()).isZero();
        assertThat(hasEntitlement(p.personId(), "LIVING", "TERMINATED")).isFalse();
    }

    // item 6: the run checks the entitlement's status, not only its months
    @Test
    void theRunInstructsNoTerminatedOrDeclinedEntitlement() {
        Person p = grantedPerson("330106");
        YearMonth month = nextMonth().plusMonths(33);
        jdbc.sql("UPDATE entitlement SET status = CASE allowance WHEN 'LIVING' THEN 'TERMINATED' ELSE 'DECLINED' END "
                + "WHERE person_id = :p").param("p", p.personId()).update();   // months left open, as a far-future end did

        runs.run(month, "test");

        assertThat(paymentsOf(p.personId())).isEmpty();
    }

    // item 5: a death committed while the run's chunk is open is claimed, whatever the interleaving
    @Test
    void aDeathCommittedWhileTheRunsChunkIsOpenStillClaimsTheMonthInstructed() throws Exception {
        Person p = grantedPerson("330102");
        YearMonth month = nextMonth().plusMonths(34);
        runs.run(month, "test");                                          // ACTIVE now: the run no longer updates it
        UUID living = (UUID) entitlement(p.personId(), "LIVING").get("id");
        PaymentFaults.Hold hold = faults.holdChunkInstructing(living);
        var run = java.util.concurrent.CompletableFuture.runAsync(() -> runs.run(month.plusMonths(1), "test"));
        assertThat(hold.reached().await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        send(new DeathRegistered("MZ-SW-" + UUID.randomUUID(), Instant.now(), p.idNumber(), today()));
        // either the death commits meanwhile, or it waits for the chunk's lock on the entitlement
        await().atMost(WITHIN).until(() -> hasEntitlement(p.personId(), "LIVING", "TERMINATED")
                || jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
                        .query(Long.class).single() > 0);
        hold.released().countDown();
        run.get(60, java.util.concurrent.TimeUnit.SECONDS);

        await().atMost(WITHIN).until(() -> hasEntitlement(p.personId(), "LIVING", "TERMINATED"));
        assertThat(jdbc.sql("SELECT month FROM overpayment_month WHERE entitlement_id = :e ORDER BY month")
                .param("e", living).query(LocalDate.class).list())
                .containsExactly(month.atDay(1), month.plusMonths(1).atDay(1));
    }

    @Autowired PaymentFaults faults;
    @Autowired io.zhucan.platform.messaging.deadletter.DeadLetterStore deadLetters;
    @Autowired io.zhucan.platform.messaging.deadletter.KeyPseudonyms keyPseudonyms;
}

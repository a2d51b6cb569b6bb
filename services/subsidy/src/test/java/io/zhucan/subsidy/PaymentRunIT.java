package io.zhucan.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.EventCodec;
import io.zhucan.platform.events.Topics;
import io.zhucan.platform.events.partner.PaymentSettlementReported;
import io.zhucan.platform.events.partner.SettlementStatus;
import io.zhucan.platform.events.subsidy.PaymentFailed;
import io.zhucan.platform.events.subsidy.PaymentInstructed;
import io.zhucan.platform.events.subsidy.PaymentSettled;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.entitlement.Entitlements;
import io.zhucan.subsidy.payment.PaymentRun;
import io.zhucan.subsidy.payment.RunStatus;
import io.zhucan.subsidy.payment.application.PaymentFaults;
import io.zhucan.subsidy.payment.application.PaymentRunService;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** Money paths: one instruction per entitlement and month, whatever is re-run, redelivered or killed. */
class PaymentRunIT extends SubsidyITSupport {

    @Autowired PaymentRunService runs;
    @Autowired PaymentFaults faults;
    @Autowired Entitlements entitlementStore;
    @Autowired TransactionTemplate transactions;

    @AfterEach
    void disarm() {
        faults.crashAfterChunks(-1);
    }

    private long instructionsFor(List<Person> people, YearMonth month) {
        return jdbc.sql("SELECT count(*) FROM payment_instruction WHERE month = :m AND person_id IN (:p)")
                .param("m", month.atDay(1)).param("p", people.stream().map(Person::personId).toList())
                .query(Long.class).single();
    }

    /** PaymentInstructed events on the topic for a person (each instruction id must appear exactly once). */
    private List<PaymentInstructed> instructedEvents(Person p, int atLeast) {
        EventCodec codec = new EventCodec();
        return recordsOn(Topics.SUBSIDY_CIVIL_AFFAIRS, p.personId().toString(), atLeast).stream()
                .filter(r -> PaymentInstructed.TYPE.name().equals(type(r)))
                .map(r -> codec.fromJson(PaymentInstructed.TYPE, r.value())).toList();
    }

    @Test
    void aMonthOfAnEarlierPauseStaysUnpaidAfterALaterPauseReplacedIt() {
        Person p = grantedPerson("330102");
        YearMonth start = nextMonth().plusMonths(20);
        transactions.executeWithoutResult(status -> {
            Entitlement living = entitlementStore.lock(p.personId(), Allowance.LIVING).orElseThrow();
            Entitlement resumed = living.suspend(start, "低保资格终止").resume(start.plusMonths(2), "恢复低保资格");
            entitlementStore.update(resumed);                         // paused [start, start+1]
            entitlementStore.update(resumed.suspend(start.plusMonths(5), "低保资格终止")); // a later pause replaces it
        });

        runs.run(start.plusMonths(1), "test");
        runs.run(start.plusMonths(3), "test");

        assertThat(jdbc.sql("SELECT month FROM payment_instruction WHERE person_id = :p AND allowance = 'LIVING'")
                .param("p", p.personId()).query(java.time.LocalDate.class).list())
                .containsExactly(start.plusMonths(3).atDay(1));
    }

    @Test
    void runningAMonthTwiceInstructsEachEntitlementOnce() {
        List<Person> people = IntStream.range(0, 3).mapToObj(i -> grantedPerson("330102")).toList();
        YearMonth month = nextMonth().plusMonths(6);

        runs.run(month, "test");
        runs.run(month, "test");

        assertThat(instructionsFor(people, month)).isEqualTo(6);
        assertThat(entitlementsOf(people.getFirst().personId())).allSatisfy(e -> assertThat(e.get("status"))
                .isEqualTo("ACTIVE"));
        await().atMost(WITHIN).until(() -> instructedEvents(people.getFirst(), 2).size() >= 2);
        assertThat(instructedEvents(people.getFirst(), 2)).filteredOn(e -> e.month().equals(month))
                .hasSize(2).extracting(PaymentInstructed::instructionId).doesNotHaveDuplicates();
        assertThat(runs.find(month).orElseThrow().status()).isEqualTo(RunStatus.COMPLETED);
    }

    /**
     * The run writes its events with SQL, not through EventCodec (docs/adr/0011): what reaches Kafka
     * must pass the event's JSON Schema both ways (a consumer's decoding and a producer's encoding) and
     * say exactly what the instruction row says, with the CloudEvent id of the payload.
     */
    @Test
    void theEventsTheRunWritesWithSqlKeepTheirContract() {
        Person p = grantedPerson("330102");
        YearMonth month = nextMonth().plusMonths(8);

        runs.run(month, "test");

        var rows = jdbc.sql("""
                        SELECT id, entitlement_id, person_id, allowance, amount_fen, county, certificate_number, attempt, arrears
                        FROM payment_instruction WHERE month = :m AND person_id = :p""")
                .param("m", month.atDay(1)).param("p", p.personId()).query().listOfRows();
        assertThat(rows).hasSize(2);
        EventCodec codec = new EventCodec();
        var records = recordsOn(Topics.SUBSIDY_CIVIL_AFFAIRS, p.personId().toString(), 2).stream()
                .filter(r -> PaymentInstructed.TYPE.name().equals(type(r)))
                .filter(r -> codec.fromJson(PaymentInstructed.TYPE, r.value()).month().equals(month)).toList();
        assertThat(records).hasSize(2);
        assertThat(records).extracting(r -> codec.fromJson(PaymentInstructed.TYPE, r.value()).eventId())
                .doesNotHaveDuplicates(); // one id per event, or a consumer's inbox would drop the second
        for (var record : records) {
            PaymentInstructed event = codec.fromJson(PaymentInstructed.TYPE, record.value());
            assertThat(codec.toJson(event)).isNotEmpty(); // the producer-side schema check passes too
            assertThat(record.headers().lastHeader("ce_id").value()).asString().isEqualTo(event.eventId().toString());
            assertThat(event.occurredAt()).isNotNull();
            assertThat(rows).anySatisfy(row -> {
                assertThat(row.get("id")).isEqualTo(event.instructionId());
                assertThat(row.get("entitlement_id")).isEqualTo(event.entitlementId());
                assertThat(row.get("person_id")).isEqualTo(event.personId());
                assertThat(row.get("allowance")).isEqualTo(event.allowance().name());
                assertThat(row.get("amount_fen")).isEqualTo(event.amountFen());
                assertThat(row.get("county")).isEqualTo(event.county());
                assertThat(row.get("certificate_number")).isEqualTo(event.certificateNumber());
                assertThat(row.get("attempt")).isEqualTo(event.attempt());
                assertThat(row.get("arrears")).isEqualTo(event.arrears());
            });
        }
    }

    @Test
    void aRunKilledMidwayAndStartedAgainCompletesWithoutDuplicates() {
        List<Person> people = IntStream.range(0, 4).mapToObj(i -> grantedPerson("330106")).toList();
        YearMonth month = nextMonth().plusMonths(7);
        faults.crashAfterChunks(1);

        assertThatThrownBy(() -> runs.run(month, "test", 1)).isInstanceOf(PaymentFaults.SimulatedCrash.class);
        assertThat(runs.find(month).orElseThrow().status()).isEqualTo(RunStatus.FAILED);
        long afterCrash = jdbc.sql("SELECT count(*) FROM payment_instruction WHERE month = :m")
                .param("m", month.atDay(1)).query(Long.class).single();
        assertThat(afterCrash).isBetween(0L, 2L);

        runs.run(month, "test", 1);
        long afterRerun = jdbc.sql("SELECT count(*) FROM payment_instruction WHERE month = :m")
                .param("m", month.atDay(1)).query(Long.class).single();
        assertThat(afterRerun).isGreaterThan(afterCrash).isGreaterThanOrEqualTo(8);

        assertThat(instructionsFor(people, month)).isEqualTo(8);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM (SELECT entitlement_id FROM payment_instruction WHERE month = :m
                                              GROUP BY entitlement_id HAVING count(*) > 1) d""")
                .param("m", month.atDay(1)).query(Long.class).single()).isZero();
        for (Person p : people) {
            await().atMost(WITHIN).until(() -> instructedEvents(p, 2).stream().filter(e -> e.month().equals(month))
                    .count() >= 2);
            assertThat(instructedEvents(p, 2)).filteredOn(e -> e.month().equals(month)).hasSize(2);
        }
        assertThat(runs.find(month).orElseThrow().runs()).isEqualTo(2);
    }

    @Test
    void aProvinceLevelOperatorStartsTheDueMonthsRunOverTheApiAndNobodyElseAnyOther() {
        YearMonth month = thisMonth();
        String province = tokens.staff("sun.operator", "330000", "operator").bearer();
        var accepted = post("/api/subsidies/admin/payment-runs", province, Map.of("month", month.toString()))
                .toEntity(Map.class);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(WITHIN).until(() -> runs.find(month).orElseThrow().status() == RunStatus.COMPLETED);
        assertThat(post("/api/subsidies/admin/payment-runs", tokens.staff("zhang", "330102", "caseworker").bearer(),
                Map.of("month", month.toString())).toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // a county operator moves no province-wide money
        assertThat(post("/api/subsidies/admin/payment-runs", tokens.staff("operator.xihu", "330106", "operator")
                .bearer(), Map.of("month", month.toString())).toBodilessEntity().getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // nor a run ahead of its month, by anyone alone
        for (YearMonth ahead : List.of(nextMonth().plusMonths(1), YearMonth.of(2099, 1))) {
            var refused = post("/api/subsidies/admin/payment-runs", province, Map.of("month", ahead.toString()))
                    .toEntity(String.class);
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
            assertThat(refused.getBody()).contains("\"rule\":\"payment-run-month\"");
            assertThat(runs.find(ahead)).isEmpty();
        }
    }

    @Test
    void theNextMonthRunsAheadOnlyWhenASecondProvinceOperatorApproves() {
        YearMonth next = nextMonth();
        Person p = grantedPerson("330106");
        // other tests may have run the next month directly: count this test's starts
        int startsBefore = runs.find(next).map(PaymentRun::runs).orElse(0);
        String requester = tokens.staff("sun.operator", "330000", "operator").bearer();
        var alone = post("/api/subsidies/admin/payment-runs", requester, Map.of("month", next.toString()))
                .toEntity(String.class);
        assertThat(alone.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(alone.getBody()).contains("\"rule\":\"payment-run-early\"");

        var requested = post("/api/subsidies/admin/payment-runs/early", requester,
                Map.of("month", next.toString(), "reason", "春节前提前发放")).toEntity(Map.class);
        assertThat(requested.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = requested.getBody().get("id").toString();
        assertThat(runs.find(next).map(PaymentRun::runs).orElse(0)).isEqualTo(startsBefore);
        // the requester cannot approve it, nor can a county operator see it
        var self = post("/api/subsidies/approvals/" + id + "/approve", requester, Map.of()).toEntity(String.class);
        assertThat(self.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(self.getBody()).contains("four-eyes");
        String county = tokens.staff("operator.xihu", "330106", "operator").bearer();
        assertThat(post("/api/subsidies/approvals/" + id + "/approve", county, Map.of()).toBodilessEntity()
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(runs.find(next).map(PaymentRun::runs).orElse(0)).isEqualTo(startsBefore);

        String approver = tokens.staff("li.operator", "330000", "operator").bearer();
        assertThat(get("/api/subsidies/approvals", approver).body(String.class)).contains(id);
        var approved = post("/api/subsidies/approvals/" + id + "/approve", approver, Map.of()).toEntity(Map.class);
        assertThat(approved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(approved.getBody()).containsEntry("status", "APPROVED").containsEntry("decidedBy", "li.operator")
                .containsEntry("requestedBy", "sun.operator");
        await().atMost(WITHIN).until(() -> runs.find(next).map(r -> r.runs() == startsBefore + 1
                && r.status() == RunStatus.COMPLETED).orElse(false));
        assertThat(runs.find(next).orElseThrow().startedBy()).isEqualTo("sun.operator, approved by li.operator");
        assertThat(instructedEvents(p, 2)).filteredOn(e -> e.month().equals(next)).hasSize(2);
        // approved once: a second approval changes nothing
        assertThat(post("/api/subsidies/approvals/" + id + "/approve", approver, Map.of()).toBodilessEntity()
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void settlementsAreReconciledOnceAndFailuresAreRetriedThenQueued() {
        Person p = grantedPerson("330102");
        YearMonth month = nextMonth().plusMonths(9);
        runs.run(month, "test");
        var living = paymentsOf(p.personId()).stream().filter(r -> r.get("month").toString().equals(month.atDay(1).toString())
                && r.get("allowance").equals("LIVING")).findFirst().orElseThrow();
        var nursing = paymentsOf(p.personId()).stream().filter(r -> r.get("month").toString().equals(month.atDay(1).toString())
                && r.get("allowance").equals("NURSING")).findFirst().orElseThrow();
        UUID livingId = (UUID) living.get("id");
        UUID nursingId = (UUID) nursing.get("id");
        String civilAffairs = tokens.partner("civil-affairs").bearer();

        // paid: reported over REST and over Kafka with the same record id → one effect
        Map<String, Object> paid = Map.of("factId", "MZ-ZF-" + livingId, "idNumber", p.idNumber(), "instructionId",
                livingId, "status", "PAID", "settledOn", today().toString());
        assertThat(post("/api/partners/civil-affairs/payment-settlements", civilAffairs, paid).toEntity(Map.class)
                .getBody()).containsEntry("duplicate", false);
        assertThat(post("/api/partners/civil-affairs/payment-settlements", civilAffairs, paid).toEntity(Map.class)
                .getBody()).containsEntry("duplicate", true);
        send(new PaymentSettlementReported("MZ-ZF-" + livingId, Instant.now(), p.idNumber(), livingId,
                SettlementStatus.PAID, null, today(), null));
        await().atMost(WITHIN).until(() -> "PAID".equals(status(livingId)));

        // failed three times: retried by the next runs, then a caseworker exception
        for (int attempt = 1; attempt <= 3; attempt++) {
            int a = attempt;
            send(new PaymentSettlementReported("MZ-ZF-" + nursingId + "-" + attempt, Instant.now(), p.idNumber(),
                    nursingId, SettlementStatus.FAILED, "银行账户已注销", today(), a));
            await().atMost(WITHIN).until(() -> "FAILED".equals(status(nursingId)));
            if (a < 3) {
                runs.run(month, "test");
                assertThat(status(nursingId)).isEqualTo("INSTRUCTED");
            }
        }
        runs.run(month, "test");
        assertThat(status(nursingId)).isEqualTo("FAILED");
        assertThat(jdbc.sql("SELECT attempt FROM payment_instruction WHERE id = :id").param("id", nursingId)
                .query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM exception_case WHERE person_id = :p AND kind = 'PAYMENT_FAILED' AND resolved_at IS NULL")
                .param("p", p.personId()).query(Long.class).single()).isEqualTo(1);
        assertThat(paymentsOf(p.personId()).stream().filter(r -> r.get("month").toString().equals(month.atDay(1).toString())))
                .hasSize(2);
        var types = typesOn(p.personId().toString(), 1);
        assertThat(types.stream().filter(PaymentSettled.TYPE.name()::equals)).hasSize(1);
        assertThat(types.stream().filter(PaymentFailed.TYPE.name()::equals)).hasSize(3);
    }

    private String status(UUID instruction) {
        return jdbc.sql("SELECT status FROM payment_instruction WHERE id = :id").param("id", instruction)
                .query(String.class).single();
    }
}

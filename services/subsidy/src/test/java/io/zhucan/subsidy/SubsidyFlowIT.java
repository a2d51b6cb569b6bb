package io.zhucan.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.Topics;
import io.zhucan.platform.events.certification.CancellationReason;
import io.zhucan.platform.events.certification.CertificateCancelled;
import io.zhucan.platform.events.certification.CertificateExpired;
import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.certification.CertificateRegraded;
import io.zhucan.platform.events.certification.CertificateRenewed;
import io.zhucan.platform.events.certification.Disability;
import io.zhucan.platform.events.partner.CareBenefitStarted;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.EventCodec;
import io.zhucan.platform.events.subsidy.AllowanceStatus;
import io.zhucan.platform.events.subsidy.AllowanceChanged;
import io.zhucan.platform.events.partner.DeathRegistered;
import io.zhucan.platform.events.partner.InstitutionalCareChanged;
import io.zhucan.platform.events.partner.LowIncomeStatusChanged;
import io.zhucan.platform.events.subsidy.EligibilityDecided;
import io.zhucan.platform.events.subsidy.EntitlementGranted;
import io.zhucan.platform.events.subsidy.OverpaymentRaised;
import io.zhucan.platform.events.vocabulary.CareScheme;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import io.zhucan.platform.messaging.deadletter.DeadLetterStore;
import io.zhucan.platform.messaging.deadletter.KeyPseudonyms;
import io.zhucan.subsidy.payment.application.PaymentRunService;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** The automatic handling end to end: events in, decisions, entitlements, notifications and events out. */
class SubsidyFlowIT extends SubsidyITSupport {

    @Autowired PaymentRunService payments;
    @Autowired DeadLetterStore deadLetters;
    @Autowired KeyPseudonyms keyPseudonyms;

    private static boolean warmedUp;

    /** The first record waits for the consumers' partition assignment; the timed flow must not. */
    @BeforeEach
    void warmUp() {
        if (!warmedUp) {
            grantedPerson("330102");
            warmedUp = true;
        }
    }

    @Test
    void certificateIssuedGrantsTheAllowancesWithoutAnyApplication() {
        Person p = person("330102", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1);
        // civil affairs' fact arrives before the certificate: kept by ID number
        send(new LowIncomeStatusChanged("MZ-DB-" + UUID.randomUUID(), Instant.now(), p.idNumber(), LowIncomeStatus.DIBAO,
                today().minusMonths(3)));
        awaitLowIncome(p.idNumber(), "DIBAO");

        // how fast is measured by SubsidyBenchmark (docs/performance.md), not asserted here
        send(p.issued());
        await().atMost(WITHIN).until(() -> entitlementsOf(p.personId()).size() == 2);

        assertThat(entitlementsOf(p.personId())).allSatisfy(e -> {
            assertThat(e.get("status")).isEqualTo("GRANTED");
            assertThat(e.get("start_month")).isEqualTo(java.sql.Date.valueOf(nextMonth().atDay(1)));
            assertThat(e.get("amount")).isEqualTo(49600L);
        });
        assertThat(decisionsOf(p.personId(), "LIVING")).singleElement()
                .satisfies(d -> assertThat(d.get("outcome")).isEqualTo("ELIGIBLE"));
        // the citizen is told, and may decline
        var notes = get("/api/subsidies/me/notifications", tokens.citizen("li.citizen", p.personId()).bearer())
                .body(List.class);
        assertThat(notes).hasSize(2).allSatisfy(n -> assertThat(((Map<?, ?>) n).get("message").toString())
                .contains("无需申请").contains("496.00"));
        // and the world is told: decisions and grants on the subsidy topic
        assertThat(typesOn(p.personId().toString(), 4)).contains(EntitlementGranted.TYPE.name(),
                EligibilityDecided.TYPE.name());
    }

    @Test
    void aFactThatBreaksItsContractIsParkedAsADeadLetterForTheOperator() {
        String key = "330102" + UUID.randomUUID().toString().substring(0, 8);
        var record = new ProducerRecord<String, byte[]>(Topics.CIVIL_AFFAIRS_FACTS, key,
                "{\"not\":\"a cloud event\"}".getBytes(StandardCharsets.UTF_8));
        kafka.send(record).join();

        String keyHash = keyPseudonyms.of(key); // dead letters keep the key only as a keyed hash
        await().atMost(WITHIN).until(() -> deadLetters.list(false, 1000).stream()
                .anyMatch(d -> keyHash.equals(d.keyHash())));
        var parked = deadLetters.list(false, 1000).stream().filter(d -> keyHash.equals(d.keyHash())).findFirst()
                .orElseThrow();
        assertThat(parked.originalTopic()).isEqualTo(Topics.CIVIL_AFFAIRS_FACTS);
        assertThat(parked.reason()).contains("not a CloudEvent");
    }

    @Test
    void aRedeliveredCertificateEventHasNoSecondEffect() {
        Person p = person("330102", DisabilityCategory.VISUAL, DisabilityGrade.GRADE_2);
        CertificateIssued issued = p.issued();
        send(issued);
        send(issued);
        await().atMost(WITHIN).until(() -> hasEntitlement(p.personId(), "NURSING", "GRANTED"));
        Person witness = person("330102", DisabilityCategory.VISUAL, DisabilityGrade.GRADE_2);
        send(witness.issued());
        await().atMost(WITHIN).until(() -> hasEntitlement(witness.personId(), "NURSING", "GRANTED"));

        assertThat(entitlementsOf(p.personId())).hasSize(1);
        assertThat(decisionsOf(p.personId(), "NURSING")).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE person_id = :p").param("p", p.personId())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aLowIncomeStatusArrivingAfterTheCertificateGrantsTheLivingAllowanceThen() {
        Person p = person("330106", DisabilityCategory.HEARING, DisabilityGrade.GRADE_3);
        send(p.issued());
        await().atMost(WITHIN).until(() -> decisionsOf(p.personId(), "LIVING").size() == 1);
        assertThat(decisionsOf(p.personId(), "LIVING").getFirst().get("outcome")).isEqualTo("NOT_ELIGIBLE");
        assertThat(entitlementsOf(p.personId())).isEmpty();
        var explained = get("/api/subsidies/me/decisions", tokens.citizen("wang", p.personId()).bearer())
                .body(List.class);
        assertThat(explained.toString()).contains("LIVING.LOW_INCOME").contains("低保");

        send(new LowIncomeStatusChanged("MZ-DB-" + UUID.randomUUID(), Instant.now(), p.idNumber(),
                LowIncomeStatus.DIBAO_EDGE, today()));

        await().atMost(WITHIN).until(() -> hasEntitlement(p.personId(), "LIVING", "GRANTED"));
        assertThat(entitlement(p.personId(), "LIVING").get("amount")).isEqualTo(37200L);
        assertThat(entitlementsOf(p.personId())).hasSize(1);
    }

    @Test
    void aRegradeChangesTheAmountFromTheNextMonth() {
        Person p = person("330102", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2);
        send(p.issued());
        await().atMost(WITHIN).until(() -> hasEntitlement(p.personId(), "NURSING", "GRANTED"));
        assertThat(entitlement(p.personId(), "NURSING").get("amount")).isEqualTo(37200L);

        send(new CertificateRegraded(UUID.randomUUID(), Instant.now(), p.personId(), p.issued().certificateId(),
                p.idNumber() + "41", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2, DisabilityCategory.PHYSICAL,
                DisabilityGrade.GRADE_1, List.of(new Disability(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1)),
                "330102", today()));

        await().atMost(WITHIN).until(() -> Long.valueOf(49600).equals(entitlement(p.personId(), "NURSING").get("amount")));
        assertThat(jdbc.sql("SELECT from_month FROM entitlement_amount WHERE entitlement_id = :e AND monthly_amount_fen = 49600")
                .param("e", entitlement(p.personId(), "NURSING").get("id")).query(LocalDate.class).single())
                .isEqualTo(nextMonth().atDay(1));
    }

    @Test
    void anExpiredCertificateSuspendsAndItsRenewalResumes() {
        Person p = person("330102", DisabilityCategory.MENTAL, DisabilityGrade.GRADE_1);
        send(p.issued());
        await().atMost(WITHIN).until(() -> hasEntitlement(p.personId(), "NURSING", "GRANTED"));
        UUID certificate = p.issued().certificateId();

        send(new CertificateExpired(UUID.randomUUID(), Instant.now(), p.personId(), certificate, "330102", today()));
        await().atMost(WITHIN).until(() -> hasEntitlement(p.personId(), "NURSING", "SUSPENDED"));
        assertThat(entitlement(p.personId(), "NURSING").get("paused_from"))
                .isEqualTo(java.sql.Date.valueOf(nextMonth().atDay(1)));

        send(new CertificateRenewed(UUID.randomUUID(), Instant.now(), p.personId(), certificate, "330102", today(),
                today().plusYears(10)));
        await().atMost(WITHIN).until(() -> hasEntitlement(p.personId(), "NURSING", "ACTIVE"));
        assertThat(entitlement(p.personId(), "NURSING").get("paused_from")).isNull();
    }

    @Test
    void longTermCareInsuranceExcludesTheNursingAllowance() {
        Person p = person("330102", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1);
        send(p.issued());
        await().atMost(WITHIN).until(() -> hasEntitlement(p.personId(), "NURSING", "GRANTED"));

        send(new CareBenefitStarted("YB-CH-" + UUID.randomUUID(), Instant.now(), p.idNumber(),
                CareScheme.LONG_TERM_CARE_INSURANCE, today()));

        await().atMost(WITHIN).until(() -> hasEntitlement(p.personId(), "NURSING", "SUSPENDED"));
        assertThat(decisionsOf(p.personId(), "NURSING").getLast().get("failed_rules").toString())
                .contains("NURSING.EXCLUDE.CARE_BENEFIT");

        // civil affairs, which pays, learns that the nursing allowance is suspended, never that it is for LTC
        var forCivilAffairs = recordsOn(Topics.SUBSIDY_CIVIL_AFFAIRS, p.personId().toString(), 2);
        assertThat(forCivilAffairs).extracting(SubsidyITSupport::type).containsOnly(AllowanceChanged.TYPE.name());
        List<AllowanceChanged> told = forCivilAffairs.stream()
                .map(r -> new EventCodec().fromJson(AllowanceChanged.TYPE, r.value())).toList();
        assertThat(told).filteredOn(e -> e.allowance() == Allowance.NURSING).extracting(AllowanceChanged::status)
                .containsExactly(AllowanceStatus.GRANTED, AllowanceStatus.SUSPENDED);
        assertThat(told).allSatisfy(e -> assertThat(e.certificateNumber()).startsWith(p.idNumber()));
        assertThat(forCivilAffairs).allSatisfy(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8))
                .doesNotContain("CARE").doesNotContain("护理保险").doesNotContain("reason").doesNotContain("Rule"));
    }

    @Test
    void anUndecidableCaseGoesToTheRegionsExceptionQueueUntilTheMissingFactArrives() {
        Person p = tekunHolderDecided(DisabilityGrade.GRADE_1);
        assertThat(decisionsOf(p.personId(), "NURSING").getFirst().get("outcome")).isEqualTo("UNDECIDABLE");
        String westLake = tokens.staff("zhao.caseworker", "330106", "caseworker").bearer();
        assertThat(get("/api/subsidies/exceptions", westLake).body(List.class).toString())
                .contains(p.personId().toString()).contains("INSTITUTIONAL_CARE");
        assertThat(get("/api/subsidies/exceptions", tokens.staff("zhang.caseworker", "330102", "caseworker").bearer())
                .body(List.class).toString()).doesNotContain(p.personId().toString());

        send(new InstitutionalCareChanged("MZ-JZ-" + UUID.randomUUID(), Instant.now(), p.idNumber(), false, today()));

        await().atMost(WITHIN).until(() -> hasEntitlement(p.personId(), "NURSING", "GRANTED"));
        assertThat(get("/api/subsidies/exceptions", westLake).body(List.class).toString())
                .doesNotContain(p.personId().toString());
    }

    @Test
    void aReviewerOverridesByHandWithAReasonAndItIsAudited() {
        Person p = tekunHolderDecided(DisabilityGrade.GRADE_2);

        var response = post("/api/subsidies/persons/" + p.personId() + "/allowances/NURSING/override",
                tokens.staff("qian.reviewer", "330106", "reviewer").bearer(),
                Map.of("action", "GRANT", "reason", "上门核实：居家分散供养")).toEntity(Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("status", "GRANTED").containsEntry("manualOverride", true);
        assertThat(jdbc.sql("SELECT actor || ':' || action || ':' || reason FROM override_audit WHERE person_id = :p")
                .param("p", p.personId()).query(String.class).single())
                .isEqualTo("qian.reviewer:GRANT:上门核实：居家分散供养");
    }

    @Test
    void aGrantAboveThePolicyAmountIsCarriedOutOnlyWhenASecondReviewerApproves() {
        Person p = tekunHolderDecided(DisabilityGrade.GRADE_2);
        String override = "/api/subsidies/persons/" + p.personId() + "/allowances/NURSING/override";

        var waiting = post(override, tokens.staff("qian.reviewer", "330106", "reviewer").bearer(),
                Map.of("action", "GRANT", "reason", "重度护理需求", "monthlyAmountFen", 99_900)).toEntity(Map.class);

        assertThat(waiting.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(waiting.getBody()).containsEntry("kind", "manual-grant").containsEntry("status", "PENDING");
        assertThat(waiting.getBody().toString()).doesNotContain(p.idNumber());
        assertThat(entitlementsOf(p.personId())).isEmpty();

        String second = tokens.staff("zhou.reviewer", "330100", "reviewer").bearer();
        var approved = post("/api/subsidies/approvals/" + waiting.getBody().get("id") + "/approve", second, Map.of())
                .toEntity(Map.class);
        assertThat(approved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(entitlement(p.personId(), "NURSING")).containsEntry("status", "GRANTED").containsEntry("amount", 99_900L);
        assertThat(jdbc.sql("SELECT actor || ':' || amount_fen || ':' || approved_by FROM override_audit WHERE person_id = :p")
                .param("p", p.personId()).query(String.class).single())
                .isEqualTo("qian.reviewer:99900:zhou.reviewer");
    }

    @Test
    void theCitizenMayDeclineAndIsThenNeverPaid() {
        Person p = grantedPerson("330102");
        String citizen = tokens.citizen("chen.citizen", p.personId()).bearer();
        Object nursingId = entitlement(p.personId(), "NURSING").get("id");

        var declined = post("/api/subsidies/me/entitlements/" + nursingId + "/decline", citizen, Map.of())
                .toEntity(Map.class);
        assertThat(declined.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(declined.getBody()).containsEntry("status", "DECLINED");

        payments.run(nextMonth(), "test");
        assertThat(paymentsOf(p.personId())).extracting(r -> r.get("allowance")).containsExactly("LIVING");
    }

    @Test
    void deathStopsTheAllowancesAndMonthsAlreadyInstructedBecomeAnOverpayment() {
        Person p = grantedPerson("330102");
        payments.run(nextMonth(), "test");
        payments.run(nextMonth().plusMonths(1), "test");
        assertThat(paymentsOf(p.personId())).hasSize(4);

        // died this month: this month is still due (none instructed), the two instructed months are not
        send(new DeathRegistered("MZ-SW-" + UUID.randomUUID(), Instant.now(), p.idNumber(), today()));

        await().atMost(WITHIN).until(() -> hasEntitlement(p.personId(), "LIVING", "TERMINATED")
                && hasEntitlement(p.personId(), "NURSING", "TERMINATED"));
        var overpayments = jdbc.sql("SELECT allowance, amount_fen, cardinality(months) AS months FROM overpayment WHERE person_id = :p ORDER BY allowance")
                .param("p", p.personId()).query().listOfRows();
        assertThat(overpayments).extracting(o -> o.get("allowance") + ":" + o.get("amount_fen") + ":" + o.get("months"))
                .containsExactly("LIVING:99200:2", "NURSING:99200:2");
        assertThat(typesOn(p.personId().toString(), 1)).contains(OverpaymentRaised.TYPE.name());

        // the certificate is cancelled for the death too: nothing more, no second overpayment
        send(new CertificateCancelled(UUID.randomUUID(), Instant.now(), p.personId(), p.issued().certificateId(),
                "330102", CancellationReason.DEATH, today()));
        payments.run(nextMonth().plusMonths(2), "test");
        Person witness = grantedPerson("330102");
        assertThat(witness).isNotNull();
        assertThat(jdbc.sql("SELECT count(*) FROM overpayment WHERE person_id = :p").param("p", p.personId())
                .query(Long.class).single()).isEqualTo(2);
        assertThat(paymentsOf(p.personId())).hasSize(4);
    }
    @Test
    void aReviewersSuspensionAndResumptionHaveTheEffectsOfAutomaticOnes() {
        Person p = grantedPerson("330102");
        payments.run(nextMonth(), "test");
        String reviewer = tokens.staff("qian.reviewer", "330102", "reviewer").bearer();

        var suspended = post("/api/subsidies/persons/" + p.personId() + "/allowances/LIVING/override", reviewer,
                Map.of("action", "SUSPEND", "reason", "核查收入")).toEntity(Map.class);

        assertThat(suspended.getBody()).containsEntry("status", "SUSPENDED").containsEntry("manualOverride", true);
        // like an automatic suspension: the citizen is told, and the month instructed meanwhile is claimed back
        assertThat(noticesOf(p.personId())).contains("SUSPENDED");
        assertThat(jdbc.sql("SELECT allowance || ':' || amount_fen || ':' || cardinality(months) FROM overpayment WHERE person_id = :p")
                .param("p", p.personId()).query(String.class).list()).containsExactly("LIVING:49600:1");
        assertThat(typesOn(p.personId().toString(), 1)).contains(OverpaymentRaised.TYPE.name());

        var resumed = post("/api/subsidies/persons/" + p.personId() + "/allowances/LIVING/override", reviewer,
                Map.of("action", "RESUME", "reason", "收入核实无误")).toEntity(Map.class);
        assertThat(resumed.getBody()).containsEntry("status", "ACTIVE");
        assertThat(noticesOf(p.personId())).contains("RESUMED");
    }

    private List<String> noticesOf(UUID person) {
        return jdbc.sql("SELECT kind FROM notification WHERE person_id = :p ORDER BY created_at").param("p", person)
                .query(String.class).list();
    }

    /** A 特困 (TEKUN) holder in 330106 whose nursing allowance has been decided once. */
    private Person tekunHolderDecided(DisabilityGrade grade) {
        Person p = person("330106", DisabilityCategory.PHYSICAL, grade);
        send(new LowIncomeStatusChanged("MZ-DB-" + UUID.randomUUID(), Instant.now(), p.idNumber(), LowIncomeStatus.TEKUN,
                today().minusYears(1)));
        awaitLowIncome(p.idNumber(), "TEKUN");
        send(p.issued());
        await().atMost(WITHIN).until(() -> decisionsOf(p.personId(), "NURSING").size() == 1);
        return p;
    }
}

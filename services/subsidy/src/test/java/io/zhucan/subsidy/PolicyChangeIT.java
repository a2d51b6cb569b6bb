package io.zhucan.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.partner.CareBenefitEnded;
import io.zhucan.platform.events.partner.CareBenefitStarted;
import io.zhucan.platform.events.vocabulary.CareScheme;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Policy as data: an operator's change is a new audited version, and everyone it touches is re-evaluated. */
class PolicyChangeIT extends SubsidyITSupport {

    private final String operator = tokens.staff("sun.operator", "330000", "operator").bearer();

    private final String approver = tokens.staff("li.operator", "330000", "operator").bearer();

    /** Proposed by one operator, approved by another (maker-checker), then applied. */
    private long changeAndAwaitApplied(Map<String, Object> change) {
        var proposal = post("/api/subsidies/policy/proposals", operator, change).toEntity(Map.class);
        assertThat(proposal.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(proposal.getBody()).containsEntry("status", "PENDING").containsEntry("kind", "policy-change");
        return approvePolicyAndAwaitApplied(proposal.getBody().get("id"), approver);
    }

    @Test
    void anAmountChangeForOneCountyAndGradeReevaluatesExactlyThosePersons() {
        List<Person> kecheng = List.of(person("330802", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2),
                person("330802", DisabilityCategory.VISUAL, DisabilityGrade.GRADE_2));
        Person kechengGrade1 = person("330802", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1);
        Person shangcheng = person("330102", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2);
        List.of(kecheng.get(0), kecheng.get(1), kechengGrade1, shangcheng).forEach(p -> send(p.issued()));
        await().atMost(WITHIN).until(() -> hasEntitlement(shangcheng.personId(), "NURSING", "GRANTED")
                && kecheng.stream().allMatch(p -> hasEntitlement(p.personId(), "NURSING", "GRANTED"))
                && hasEntitlement(kechengGrade1.personId(), "NURSING", "GRANTED"));
        assertThat(entitlement(kecheng.getFirst().personId(), "NURSING").get("amount")).isEqualTo(30000L);

        long version = changeAndAwaitApplied(Map.of("effectiveFrom", nextMonth().atDay(1).toString(),
                "reason", "柯城区提高二级护理补贴标准 (test)",
                "amounts", List.of(Map.of("allowance", "NURSING", "region", "330802", "grade", "GRADE_2",
                        "monthlyAmountFen", 36000))));

        assertThat(kecheng).allSatisfy(p -> assertThat(entitlement(p.personId(), "NURSING").get("amount"))
                .isEqualTo(36000L));
        assertThat(entitlement(kechengGrade1.personId(), "NURSING").get("amount")).isEqualTo(40000L);
        assertThat(entitlement(shangcheng.personId(), "NURSING").get("amount")).isEqualTo(37200L);
        assertThat(decisionsOf(kecheng.getFirst().personId(), "NURSING").getLast().get("policy_version"))
                .isEqualTo(version);
        assertThat(decisionsOf(shangcheng.personId(), "NURSING")).hasSize(1);
        // audited: who, when, what, why
        List<?> versions = get("/api/subsidies/policy/versions", operator).body(List.class);
        Map<?, ?> info = versions.stream().map(v -> (Map<?, ?>) v)
                .filter(v -> ((Number) v.get("version")).longValue() == version).findFirst().orElseThrow();
        assertThat(info.get("createdBy")).isEqualTo("sun.operator");
        assertThat(info.get("approvedBy")).isEqualTo("li.operator");
        assertThat(info.get("reason").toString()).contains("柯城区");
        assertThat(info.get("changes").toString()).contains("36000");
    }

    @Test
    void aHolderResumedAfterTheirAmountWasRaisedMeanwhileGetsTheNewAmountFromTheResumption() {
        Person p = person("331081", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1); // 温岭市
        send(p.issued());
        await().atMost(WITHIN).until(() -> hasEntitlement(p.personId(), "NURSING", "GRANTED"));
        long before = (Long) entitlement(p.personId(), "NURSING").get("amount");
        send(new CareBenefitStarted("YB-CH-" + UUID.randomUUID(), Instant.now(), p.idNumber(),
                CareScheme.LONG_TERM_CARE_INSURANCE, today()));
        await().atMost(WITHIN).until(() -> hasEntitlement(p.personId(), "NURSING", "SUSPENDED"));

        changeAndAwaitApplied(Map.of("effectiveFrom", nextMonth().atDay(1).toString(), "reason", "温岭市提高一级护理补贴 (test)",
                "amounts", List.of(Map.of("allowance", "NURSING", "region", "331081", "grade", "GRADE_1",
                        "monthlyAmountFen", before + 5_000))));
        send(new CareBenefitEnded("YB-CH-" + UUID.randomUUID(), Instant.now(), p.idNumber(),
                CareScheme.LONG_TERM_CARE_INSURANCE, today()));

        // resumed with a new amount: one schedule row for the month, however many steps name it
        await().atMost(WITHIN).until(() -> Set.of("GRANTED", "ACTIVE")
                .contains(entitlement(p.personId(), "NURSING").get("status").toString()));
        assertThat(entitlement(p.personId(), "NURSING").get("amount")).isEqualTo(before + 5_000);
    }

    @Test
    void aRuleChangeExtendingTheNursingAllowanceGrantsItAndRevertingItSuspendsIt() {
        Person intellectual3 = person("330482", DisabilityCategory.INTELLECTUAL, DisabilityGrade.GRADE_3);
        send(intellectual3.issued());
        await().atMost(WITHIN).until(() -> decisionsOf(intellectual3.personId(), "NURSING").size() == 1);
        assertThat(entitlementsOf(intellectual3.personId())).isEmpty();

        changeAndAwaitApplied(Map.of("effectiveFrom", nextMonth().atDay(1).toString(),
                "reason", "护理补贴扩展至三级智力、精神残疾人 (test)",
                "rules", Map.of("NURSING.SEVERE_GRADE", Map.of("enabled", true,
                        "parameter", "*:GRADE_1,*:GRADE_2,INTELLECTUAL:GRADE_3,MENTAL:GRADE_3"))));

        assertThat(hasEntitlement(intellectual3.personId(), "NURSING", "GRANTED")).isTrue();
        assertThat(entitlement(intellectual3.personId(), "NURSING").get("amount")).isEqualTo(20000L);

        changeAndAwaitApplied(Map.of("effectiveFrom", nextMonth().atDay(1).toString(), "reason", "revert (test)",
                "rules", Map.of("NURSING.SEVERE_GRADE", Map.of("enabled", true, "parameter", "*:GRADE_1,*:GRADE_2"))));

        assertThat(hasEntitlement(intellectual3.personId(), "NURSING", "SUSPENDED")).isTrue();
    }

    @Test
    void aProposalChangesNothingUntilApprovedAndItsProposerCannotApproveIt() {
        long before = jdbc.sql("SELECT max(version) FROM policy_version").query(Long.class).single();
        var proposal = post("/api/subsidies/policy/proposals", operator, Map.of("effectiveFrom",
                nextMonth().atDay(1).toString(), "reason", "未经复核 (test)", "amounts", List.of(Map.of(
                        "allowance", "LIVING", "region", "330106", "monthlyAmountFen", 99900)))).toEntity(Map.class);
        String approve = "/api/subsidies/approvals/" + proposal.getBody().get("id") + "/approve";

        var self = post(approve, operator, Map.of()).toEntity(String.class);
        assertThat(self.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(self.getBody()).contains("four-eyes");
        var reviewer = post(approve, tokens.staff("qian.reviewer", "330000", "reviewer").bearer(), Map.of())
                .toBodilessEntity();
        assertThat(reviewer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        var rejected = post("/api/subsidies/approvals/" + proposal.getBody().get("id") + "/reject", approver,
                Map.of("reason", "与财政厅核对后再提")).toEntity(Map.class);
        assertThat(rejected.getBody()).containsEntry("status", "REJECTED");
        assertThat(post(approve, approver, Map.of()).toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        assertThat(jdbc.sql("SELECT max(version) FROM policy_version").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void invalidChangesAreRejected() {
        assertThat(post("/api/subsidies/policy/proposals", operator, Map.of("effectiveFrom", "2020-01-01",
                "reason", "back-dated", "amounts", List.of(Map.of("allowance", "NURSING", "region", "330802",
                        "monthlyAmountFen", 1)))).toEntity(String.class)).satisfies(r -> {
                            assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                            assertThat(r.getBody()).contains("\"rule\":\"policy-effective-date\"");
                        });
        assertThat(post("/api/subsidies/policy/proposals", operator, Map.of("effectiveFrom", nextMonth().atDay(1).toString(),
                "reason", "unknown rule", "rules", Map.of("LIVING.ALIVE", Map.of("enabled", false, "parameter", ""))))
                .toEntity(String.class)).satisfies(r -> {
                    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                    assertThat(r.getBody()).contains("\"rule\":\"policy-rule\"");
                });
    }
}

package io.zhucan.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.subsidy.policy.Policies;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.policy.Policy.RuleSetting;
import io.zhucan.subsidy.policy.PolicyChange;
import io.zhucan.subsidy.policy.PolicyChange.RuleChange;
import io.zhucan.subsidy.policy.RuleId;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** Policy at three levels, stored and applied: a city's own rule, proposed and approved by its operators. */
class RegionalPolicyIT extends SubsidyITSupport {

    static final String EXTENDED = "*:GRADE_1,*:GRADE_2,INTELLECTUAL:GRADE_3,MENTAL:GRADE_3";

    @Autowired Policies policies;

    private final String hangzhou = tokens.staff("hz.operator", "330100", "operator").bearer();
    private final String hangzhou2 = tokens.staff("hz.operator2", "330100", "operator").bearer();
    private final String jiaxing = tokens.staff("jx.operator", "330400", "operator").bearer();

    private Map<String, Object> cityRule(Map<String, Object> setting, String reason) {
        Map<String, Object> rule = new HashMap<>(Map.of("region", "330100", "rule", "NURSING.SEVERE_GRADE"));
        rule.put("setting", setting);
        return Map.of("effectiveFrom", nextMonth().atDay(1).toString(), "reason", reason, "regionalRules", List.of(rule));
    }

    @Test
    void aCitysNursingExtensionIsProposedAndApprovedByItsOperatorsAndCoversItsCountiesOnly() {
        Person shangcheng = person("330102", DisabilityCategory.INTELLECTUAL, DisabilityGrade.GRADE_3);
        Person pinghu = person("330482", DisabilityCategory.INTELLECTUAL, DisabilityGrade.GRADE_3);
        List.of(shangcheng, pinghu).forEach(p -> send(p.issued()));
        await().atMost(WITHIN).until(() -> decisionsOf(shangcheng.personId(), "NURSING").size() == 1
                && decisionsOf(pinghu.personId(), "NURSING").size() == 1);

        Map<String, Object> extend = cityRule(Map.of("enabled", true, "parameter", EXTENDED), "杭州市护理补贴扩展至三级智力、精神 (test)");
        assertThat(post("/api/subsidies/policy/proposals", jiaxing, extend).toBodilessEntity().getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        var proposal = post("/api/subsidies/policy/proposals", hangzhou, extend).toEntity(Map.class);
        assertThat(proposal.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(proposal.getBody()).containsEntry("region", "330100");
        assertThat(post("/api/subsidies/approvals/" + proposal.getBody().get("id") + "/approve", jiaxing, Map.of())
                .toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        approvePolicyAndAwaitApplied(proposal.getBody().get("id"), hangzhou2);

        assertThat(hasEntitlement(shangcheng.personId(), "NURSING", "GRANTED")).isTrue();
        assertThat(entitlementsOf(pinghu.personId())).isEmpty();
        Map<String, Object> decided = decisionsOf(shangcheng.personId(), "NURSING").getLast();
        assertThat(decided.get("outcome")).isEqualTo("ELIGIBLE");
        assertThat(decided.get("regional_rules").toString()).contains("NURSING.SEVERE_GRADE@330100");
        Map<?, ?> file = get("/api/subsidies/persons/" + shangcheng.personId(),
                tokens.staff("hz.caseworker", "330102", "caseworker").bearer()).body(Map.class);
        assertThat(file.get("decisions").toString()).contains("杭州市 330100").contains("NURSING.SEVERE_GRADE@330100");

        // the city removes its rule: the province's holds again
        Map<String, Object> remove = cityRule(null, "杭州市恢复省级规则 (test)");
        var removal = post("/api/subsidies/policy/proposals", hangzhou2, remove).toEntity(Map.class);
        approvePolicyAndAwaitApplied(removal.getBody().get("id"), hangzhou);
        assertThat(hasEntitlement(shangcheng.personId(), "NURSING", "SUSPENDED")).isTrue();
    }

    @Test
    void aRegionalRuleGovernsFromItsEffectiveMonthNotTheMonthBefore() {
        Policy latest = policies.find(policies.versions().getFirst().version()).orElseThrow();
        LocalDate from = LocalDate.of(2099, 2, 1); // far ahead, removed again below: other tests propose next month
        PolicyChange change = new PolicyChange(from, "boundary (test)", Map.of(), List.of(),
                List.of(new RuleChange("330100", RuleId.NURSING_SEVERE_GRADE.id(), new RuleSetting(true, EXTENDED))));
        long version = latest.version() + 1;
        policies.add(change.applyTo(latest, version), change, "test", "test2");
        try {
            Policy monthBefore = policies.inForce(from.minusDays(1));
            Policy month = policies.inForce(from);
            Policy monthAfter = policies.inForce(from.plusMonths(1));
            assertThat(monthBefore.version()).isEqualTo(latest.version());
            assertThat(monthBefore.rule(RuleId.NURSING_SEVERE_GRADE, "330102").region()).isEqualTo("330000");
            assertThat(List.of(month, monthAfter)).allSatisfy(p -> {
                assertThat(p.version()).isEqualTo(version);
                assertThat(p.rule(RuleId.NURSING_SEVERE_GRADE, "330102").setting().parameter()).isEqualTo(EXTENDED);
                assertThat(p.rule(RuleId.NURSING_SEVERE_GRADE, "330482").region()).isEqualTo("330000");
            });
            assertThat(policies.dueVersions(nextMonth().atDay(1))).doesNotContain(version);
            // the versions that governed a span across it, as a late fact's months are decided
            assertThat(policies.governing(java.time.YearMonth.of(2098, 12), java.time.YearMonth.of(2099, 3)))
                    .extracting(Policy::version).containsExactly(latest.version(), version);
        } finally {
            jdbc.sql("DELETE FROM policy_rule WHERE version = :v").param("v", version).update();
            jdbc.sql("DELETE FROM policy_amount WHERE version = :v").param("v", version).update();
            jdbc.sql("DELETE FROM policy_version WHERE version = :v").param("v", version).update();
        }
    }
}

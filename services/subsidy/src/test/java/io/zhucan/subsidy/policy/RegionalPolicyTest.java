package io.zhucan.subsidy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.subsidy.policy.Policy.Amount;
import io.zhucan.subsidy.policy.Policy.AppliedRule;
import io.zhucan.subsidy.policy.Policy.RuleSetting;
import io.zhucan.subsidy.policy.PolicyChange.AmountChange;
import io.zhucan.subsidy.policy.PolicyChange.RuleChange;
import io.zhucan.subsidy.policy.PolicyChange.Scope;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Policy at three levels: per rule and per amount the county beats its city, which beats the province. */
class RegionalPolicyTest {

    static final RuleSetting PROVINCE_GRADES = new RuleSetting(true, "*:GRADE_1,*:GRADE_2");
    static final RuleSetting HANGZHOU_GRADES = new RuleSetting(true, "*:GRADE_1,*:GRADE_2,INTELLECTUAL:GRADE_3,MENTAL:GRADE_3");
    static final RuleSetting XIHU_GRADES = new RuleSetting(true, "*:GRADE_1");
    static final LocalDate FROM = LocalDate.of(2027, 1, 1);

    static final Policy POLICY = new Policy(5, FROM,
            Map.of(RuleId.NURSING_SEVERE_GRADE.id(), PROVINCE_GRADES,
                    RuleId.LIVING_LOW_INCOME.id(), new RuleSetting(true, "DIBAO,DIBAO_EDGE")),
            List.of(new Amount(Allowance.NURSING, "330000", DisabilityGrade.GRADE_2, 30000),
                    new Amount(Allowance.NURSING, "330100", null, 33000),
                    new Amount(Allowance.NURSING, "330100", DisabilityGrade.GRADE_2, 35000),
                    new Amount(Allowance.NURSING, "330106", null, 36000)),
            Map.of("330100", Map.of(RuleId.NURSING_SEVERE_GRADE.id(), HANGZHOU_GRADES),
                    "330106", Map.of(RuleId.NURSING_SEVERE_GRADE.id(), XIHU_GRADES),
                    "330482", Map.of(RuleId.LIVING_LOW_INCOME.id(), new RuleSetting(true, "DIBAO"))));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "330102, 330100", // a county of Hangzhou without its own rule: the city's
            "330106, 330106", // 西湖区 has its own: the county's beats the city's
            "330402, 330000", // a county of another city (嘉兴 南湖区): the province's
            "330482, 330000"}) // 平湖 has its own living rule, not a nursing one: the province's
    void theCountysRuleBeatsTheCitysWhichBeatsTheProvinces(String county, String decidingRegion) {
        AppliedRule applied = POLICY.rule(RuleId.NURSING_SEVERE_GRADE, county);
        assertThat(applied.region()).isEqualTo(decidingRegion);
        assertThat(applied.regional()).isEqualTo(!"330000".equals(decidingRegion));
        assertThat(applied.id()).isEqualTo("NURSING.SEVERE_GRADE@" + decidingRegion);
        assertThat(applied.setting()).isEqualTo(switch (decidingRegion) {
            case "330100" -> HANGZHOU_GRADES;
            case "330106" -> XIHU_GRADES;
            default -> PROVINCE_GRADES;
        });
    }

    @Test
    void precedenceIsPerRule() {
        assertThat(POLICY.rule(RuleId.LIVING_LOW_INCOME, "330482").region()).isEqualTo("330482");
        assertThat(POLICY.rule(RuleId.NURSING_SEVERE_GRADE, "330482").region()).isEqualTo("330000");
        assertThat(POLICY.rule(RuleId.LIVING_LOW_INCOME, "330106").region()).isEqualTo("330000");
        // a rule nobody set is disabled, at the province
        assertThat(POLICY.rule(RuleId.LIVING_EXCLUDE_ORPHAN_ALLOWANCE, "330106"))
                .isEqualTo(new AppliedRule(RuleId.LIVING_EXCLUDE_ORPHAN_ALLOWANCE, "330000", RuleSetting.DISABLED));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(nullValues = "-", value = {
            "330106, GRADE_2, 36000", // county (any grade) beats city and grade
            "330102, GRADE_2, 35000", // city and grade beats city
            "330102, GRADE_1, 33000", // city beats province (which has no grade 1 here)
            "330402, GRADE_2, 30000", // another city: the province's
            "330402, GRADE_1, -"})
    void amountsFollowTheSameLevels(String county, DisabilityGrade grade, Long fen) {
        assertThat(POLICY.monthlyAmount(Allowance.NURSING, county, grade)).isEqualTo(Optional.ofNullable(fen));
    }

    @Test
    void aCityRuleIsAddedAndRemovedByAChangeAndOnlyTouchesThatCity() {
        PolicyChange add = new PolicyChange(FROM, "杭州 extends nursing", Map.of(), List.of(),
                List.of(new RuleChange("330100", RuleId.NURSING_SEVERE_GRADE.id(), HANGZHOU_GRADES)));
        add.validate(FROM);
        Policy base = new Policy(4, FROM.minusMonths(1), Map.of(RuleId.NURSING_SEVERE_GRADE.id(), PROVINCE_GRADES),
                List.of());
        Policy next = add.applyTo(base, 5);
        assertThat(next.rule(RuleId.NURSING_SEVERE_GRADE, "330109").setting()).isEqualTo(HANGZHOU_GRADES);
        assertThat(next.rule(RuleId.NURSING_SEVERE_GRADE, "330402").setting()).isEqualTo(PROVINCE_GRADES);
        assertThat(next.rules()).isEqualTo(base.rules());
        assertThat(add.region()).isEqualTo("330100");
        Scope scope = add.scope();
        assertThat(scope.grades()).isEmpty(); // a rule touches every grade
        assertThat(scope.counties()).hasSize(13).contains("330102", "330113", "330114", "330182")
                .allMatch(c -> c.startsWith("3301"));

        PolicyChange remove = new PolicyChange(FROM, "back to the province's", Map.of(), List.of(),
                List.of(new RuleChange("330100", RuleId.NURSING_SEVERE_GRADE.id(), null)));
        remove.validate(FROM);
        Policy after = remove.applyTo(next, 6);
        assertThat(after.rule(RuleId.NURSING_SEVERE_GRADE, "330109").region()).isEqualTo("330000");
        assertThat(after.regionalRules()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "'330106 only',           330106, -,      330106",
            "'city and its county',   330100, 330106, 330100",
            "'two cities',            330100, 330482, 330000",
            "'the province amount',   330106, 330000, 330000"})
    void theRegionAChangeConcernsDecidesWhoMayProposeAndApproveIt(String name, String rule, String amount,
            String region) {
        List<AmountChange> amounts = "-".equals(amount) ? List.of()
                : List.of(new AmountChange(Allowance.NURSING, amount, null, 30000L));
        PolicyChange change = new PolicyChange(FROM, name, Map.of(), amounts,
                List.of(new RuleChange(rule, RuleId.NURSING_SEVERE_GRADE.id(), HANGZHOU_GRADES)));
        assertThat(change.region()).isEqualTo(region);
        assertThat(new PolicyChange(FROM, "province rule", Map.of(RuleId.NURSING_SEVERE_GRADE.id(), PROVINCE_GRADES),
                List.of(), change.regionalRules()).region()).isEqualTo("330000");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "330000, NURSING.SEVERE_GRADE, policy-region", // the province's rules go in rules
            "330199, NURSING.SEVERE_GRADE, policy-region", // no such division
            "110100, NURSING.SEVERE_GRADE, policy-region", // not Zhejiang
            "330100, NURSING.ALIVE,        policy-rule",   // not configurable
            "330100, NO.SUCH_RULE,         policy-rule"})
    void aFaultyRegionalRuleIsRefusedWithItsRuleId(String region, String rule, String refusal) {
        PolicyChange change = new PolicyChange(FROM, "faulty", Map.of(), List.of(),
                List.of(new RuleChange(region, rule, HANGZHOU_GRADES)));
        assertThatThrownBy(() -> change.validate(FROM)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.rule()).isEqualTo(refusal));
    }

    @Test
    void aRegionalRuleWithAFaultyParameterIsRefused() {
        PolicyChange change = new PolicyChange(FROM, "faulty", Map.of(), List.of(),
                List.of(new RuleChange("330100", RuleId.NURSING_SEVERE_GRADE.id(), new RuleSetting(true, "GRADE_3"))));
        assertThatThrownBy(() -> change.validate(FROM)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.rule()).isEqualTo("policy-rule"));
    }

    @Test
    void aCityAmountIsAcceptedAndTouchesTheCitysCountiesOfItsGrade() {
        PolicyChange change = new PolicyChange(FROM, "杭州 nursing grade 2", Map.of(),
                List.of(new AmountChange(Allowance.NURSING, "330100", DisabilityGrade.GRADE_2, 35000L)));
        change.validate(FROM);
        assertThat(change.scope().grades()).containsExactly(DisabilityGrade.GRADE_2);
        assertThat(change.scope().counties()).contains("330102").doesNotContain("330482");
        assertThat(change.region()).isEqualTo("330100");
    }
}

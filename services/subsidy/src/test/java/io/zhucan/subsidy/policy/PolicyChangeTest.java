package io.zhucan.subsidy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.subsidy.policy.Policy.Amount;
import io.zhucan.subsidy.policy.Policy.RuleSetting;
import io.zhucan.subsidy.policy.PolicyChange.AmountChange;
import io.zhucan.subsidy.policy.PolicyChange.Scope;
import io.zhucan.platform.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An operator's policy edit: every refusal with its rule id, the next version it yields, whom it touches. */
class PolicyChangeTest {

    /** Today is in November 2026: the next month starts on 1 December. */
    static final LocalDate FIRST_OF_NEXT_MONTH = LocalDate.of(2026, 12, 1);
    static final LocalDate DEC = FIRST_OF_NEXT_MONTH;

    static PolicyChange amounts(AmountChange... changes) {
        return new PolicyChange(DEC, "年度调标", Map.of(), List.of(changes));
    }

    static PolicyChange rule(RuleId rule, String parameter) {
        return new PolicyChange(DEC, "规则调整", Map.of(rule.id(), new RuleSetting(true, parameter)), List.of());
    }

    static AmountChange amount(String region, @Nullable DisabilityGrade grade, @Nullable Long fen) {
        return new AmountChange(Allowance.LIVING, region, grade, fen);
    }

    static void assertRefused(PolicyChange change, String rule, String message) {
        assertThatThrownBy(() -> change.validate(FIRST_OF_NEXT_MONTH)).isInstanceOfSatisfying(
                RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    static void assertValid(PolicyChange change) {
        assertThatCode(() -> change.validate(FIRST_OF_NEXT_MONTH)).doesNotThrowAnyException();
    }

    @Test
    void aChangeTakesEffectOnTheFirstOfAMonth() {
        assertRefused(new PolicyChange(LocalDate.of(2026, 12, 2), "r", Map.of(),
                List.of(amount("330000", null, 1L))), "policy-effective-date",
                "effectiveFrom must be the first day of a month");
    }

    @Test
    void aChangeMayTakeEffectInTheCurrentMonthButNotBefore() {
        List<AmountChange> some = List.of(amount("330000", null, 1L));

        assertValid(new PolicyChange(LocalDate.of(2026, 11, 1), "r", Map.of(), some));
        assertValid(new PolicyChange(LocalDate.of(2027, 6, 1), "r", Map.of(), some));
        assertRefused(new PolicyChange(LocalDate.of(2026, 10, 1), "r", Map.of(), some), "policy-effective-date",
                "a policy change cannot take effect before the current month");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aChangeNeedsAReason(String reason) {
        assertRefused(new PolicyChange(DEC, reason, Map.of(), List.of(amount("330000", null, 1L))), "policy-reason",
                "a policy change needs a reason");
    }

    @Test
    void theFirstFaultIsNamed() {
        assertRefused(new PolicyChange(LocalDate.of(2026, 10, 1), "", Map.of(), List.of()), "policy-effective-date",
                "a policy change cannot take effect before the current month");
        assertRefused(new PolicyChange(DEC, "", Map.of(), List.of()), "policy-reason",
                "a policy change needs a reason");
    }

    @Test
    void aChangeChangesSomething() {
        assertRefused(new PolicyChange(DEC, "r", Map.of(), List.of()), "policy-change-empty",
                "a policy change changes at least one rule or amount");
        assertValid(rule(RuleId.LIVING_EXCLUDE_ORPHAN_ALLOWANCE, ""));
        assertValid(amounts(amount("330000", null, 1L)));
    }

    @Test
    void onlyConfigurableRulesCanBeSet() {
        assertRefused(new PolicyChange(DEC, "r", Map.of("LIVING.NO_SUCH_RULE", new RuleSetting(true, "")), List.of()),
                "policy-rule", "unknown or non-configurable rule LIVING.NO_SUCH_RULE");
        assertRefused(rule(RuleId.LIVING_ALIVE, ""), "policy-rule", "unknown or non-configurable rule LIVING.ALIVE");
        assertRefused(rule(RuleId.NURSING_CERTIFICATE_VALID, ""), "policy-rule",
                "unknown or non-configurable rule NURSING.CERTIFICATE_VALID");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "LIVING_LOW_INCOME; DIBAO,DIBAO_EDGE,TEKUN",
            "LIVING_LOW_INCOME; ''",
            "NURSING_EXCLUDE_CARE_BENEFIT; LONG_TERM_CARE_INSURANCE, WORK_INJURY_NURSING",
            "NURSING_SEVERE_GRADE; *:GRADE_1,*:GRADE_2",
            "NURSING_SEVERE_GRADE; INTELLECTUAL:GRADE_3,MENTAL:GRADE_3",
            "NURSING_EXCLUDE_INSTITUTIONAL_CARE; anything",
            "LIVING_EXCLUDE_ORPHAN_ALLOWANCE; anything"})
    void validParametersAreAccepted(RuleId rule, String parameter) {
        assertValid(rule(rule, parameter));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "LIVING_LOW_INCOME; DIBAO,RICH",
            "NURSING_EXCLUDE_CARE_BENEFIT; PRIVATE_INSURANCE",
            "NURSING_SEVERE_GRADE; GRADE_1",
            "NURSING_SEVERE_GRADE; BLUE:GRADE_1",
            "NURSING_SEVERE_GRADE; *:GRADE_5",
            "NURSING_SEVERE_GRADE; *:"})
    void invalidParametersAreRefused(RuleId rule, String parameter) {
        assertRefused(rule(rule, parameter), "policy-rule", "invalid parameter for rule " + rule.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"330000", "330100", "330102", "331082"})
    void amountsAreForTheProvinceOrAZhejiangCityOrCounty(String region) {
        assertValid(amounts(amount(region, DisabilityGrade.GRADE_1, 1000L)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"330199", "320102", "33010", "3301021", "33ab12", "110000"})
    void otherRegionsAreRefused(String region) {
        assertRefused(amounts(amount("330102", null, 1L), amount(region, null, 1000L)), "policy-region",
                "region must be 330000 or a Zhejiang city or county code");
    }

    @Test
    void countyOverridesCanBeRemovedButProvinceDefaultsNot() {
        assertValid(amounts(amount("330102", DisabilityGrade.GRADE_1, null)));
        assertRefused(amounts(amount("330000", DisabilityGrade.GRADE_1, null)), "policy-amount",
                "province defaults can be changed, not removed");
    }

    @Test
    void amountsAreNotNegative() {
        assertValid(amounts(amount("330102", null, 0L)));
        assertRefused(amounts(amount("330102", null, -1L)), "policy-amount", "amounts are not negative");
        assertRefused(amounts(amount("330000", null, -1L)), "policy-amount", "amounts are not negative");
    }

    @Test
    void theChangeIsACopy() {
        Map<String, RuleSetting> rules = new HashMap<>(Map.of(RuleId.LIVING_LOW_INCOME.id(),
                new RuleSetting(true, "DIBAO")));
        PolicyChange change = new PolicyChange(DEC, "r", rules, List.of());
        rules.clear();

        assertThat(change.rules()).hasSize(1);
    }

    static final Policy CURRENT = new Policy(4, LocalDate.of(2026, 1, 1), Map.of(
            RuleId.LIVING_LOW_INCOME.id(), new RuleSetting(true, "DIBAO"),
            RuleId.NURSING_SEVERE_GRADE.id(), new RuleSetting(true, "*:GRADE_1")),
            List.of(new Amount(Allowance.LIVING, "330102", DisabilityGrade.GRADE_1, 49600),
                    new Amount(Allowance.NURSING, "330102", DisabilityGrade.GRADE_1, 49600),
                    new Amount(Allowance.LIVING, "330000", DisabilityGrade.GRADE_1, 40000),
                    new Amount(Allowance.LIVING, "330102", null, 37200),
                    new Amount(Allowance.LIVING, "330106", DisabilityGrade.GRADE_2, 38000)));

    @Test
    void appliedItReplacesTheAmountOfTheSameAllowanceRegionAndGradeOnly() {
        Policy next = amounts(amount("330102", DisabilityGrade.GRADE_1, 52000L)).applyTo(CURRENT, 5);

        assertThat(next.version()).isEqualTo(5);
        assertThat(next.effectiveFrom()).isEqualTo(DEC);
        assertThat(next.rules()).isEqualTo(CURRENT.rules());
        assertThat(next.amounts()).containsExactlyInAnyOrder(
                new Amount(Allowance.LIVING, "330102", DisabilityGrade.GRADE_1, 52000),
                new Amount(Allowance.NURSING, "330102", DisabilityGrade.GRADE_1, 49600),
                new Amount(Allowance.LIVING, "330000", DisabilityGrade.GRADE_1, 40000),
                new Amount(Allowance.LIVING, "330102", null, 37200),
                new Amount(Allowance.LIVING, "330106", DisabilityGrade.GRADE_2, 38000));
    }

    @Test
    void appliedItRemovesACountyOverrideAndAddsNewAmounts() {
        Policy next = amounts(amount("330102", null, null), amount("330109", DisabilityGrade.GRADE_2, 41000L))
                .applyTo(CURRENT, 5);

        assertThat(next.amounts()).containsExactlyInAnyOrder(
                new Amount(Allowance.LIVING, "330102", DisabilityGrade.GRADE_1, 49600),
                new Amount(Allowance.NURSING, "330102", DisabilityGrade.GRADE_1, 49600),
                new Amount(Allowance.LIVING, "330000", DisabilityGrade.GRADE_1, 40000),
                new Amount(Allowance.LIVING, "330106", DisabilityGrade.GRADE_2, 38000),
                new Amount(Allowance.LIVING, "330109", DisabilityGrade.GRADE_2, 41000));
    }

    @Test
    void appliedItSetsTheRulesItNamesAndKeepsTheOthers() {
        Policy next = rule(RuleId.LIVING_LOW_INCOME, "DIBAO,DIBAO_EDGE").applyTo(CURRENT, 5);

        assertThat(next.rules()).containsOnly(
                Map.entry(RuleId.LIVING_LOW_INCOME.id(), new RuleSetting(true, "DIBAO,DIBAO_EDGE")),
                Map.entry(RuleId.NURSING_SEVERE_GRADE.id(), new RuleSetting(true, "*:GRADE_1")));
        assertThat(next.amounts()).isEqualTo(CURRENT.amounts());
        assertThat(CURRENT.rules().get(RuleId.LIVING_LOW_INCOME.id())).isEqualTo(new RuleSetting(true, "DIBAO"));
    }

    @Test
    void aRuleChangeTouchesEveryone() {
        PolicyChange change = new PolicyChange(DEC, "r", Map.of(RuleId.LIVING_LOW_INCOME.id(),
                new RuleSetting(true, "DIBAO")), List.of(amount("330102", DisabilityGrade.GRADE_1, 1L)));

        assertThat(change.scope()).isEqualTo(Scope.EVERYONE);
        assertThat(Scope.EVERYONE).isEqualTo(new Scope(Set.of(), Set.of()));
    }

    @Test
    void anAmountChangeTouchesItsCountiesAndGrades() {
        assertThat(amounts(amount("330102", DisabilityGrade.GRADE_1, 1L), amount("330106", DisabilityGrade.GRADE_2, 2L),
                amount("330102", DisabilityGrade.GRADE_2, null)).scope())
                .isEqualTo(new Scope(Set.of("330102", "330106"),
                        Set.of(DisabilityGrade.GRADE_1, DisabilityGrade.GRADE_2)));
    }

    @Test
    void anAmountForAnyGradeTouchesEveryGrade() {
        assertThat(amounts(amount("330102", DisabilityGrade.GRADE_1, 1L), amount("330106", null, 2L)).scope())
                .isEqualTo(new Scope(Set.of("330102", "330106"), Set.of()));
        assertThat(amounts(amount("330106", null, 2L), amount("330102", DisabilityGrade.GRADE_1, 1L)).scope())
                .isEqualTo(new Scope(Set.of("330102", "330106"), Set.of()));
    }

    @Test
    void aProvinceAmountTouchesEveryCounty() {
        assertThat(amounts(amount("330102", DisabilityGrade.GRADE_1, 1L), amount("330000", DisabilityGrade.GRADE_3, 2L))
                .scope()).isEqualTo(new Scope(Set.of(), Set.of(DisabilityGrade.GRADE_1, DisabilityGrade.GRADE_3)));
    }
}

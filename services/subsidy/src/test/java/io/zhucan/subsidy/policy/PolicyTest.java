package io.zhucan.subsidy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.CareScheme;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import io.zhucan.subsidy.policy.Policy.Amount;
import io.zhucan.subsidy.policy.Policy.RuleSetting;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One policy version: the most specific amount wins, rule settings read as typed values, disabled rules as none. */
class PolicyTest {

    static final Policy POLICY = new Policy(3, LocalDate.of(2026, 7, 1), Map.of(
            RuleId.LIVING_LOW_INCOME.id(), new RuleSetting(true, "DIBAO, DIBAO_EDGE,,"),
            RuleId.NURSING_SEVERE_GRADE.id(), new RuleSetting(true, "*:GRADE_1,INTELLECTUAL:GRADE_3,MENTAL"),
            RuleId.NURSING_EXCLUDE_CARE_BENEFIT.id(), new RuleSetting(true, "LONG_TERM_CARE_INSURANCE")),
            List.of(new Amount(Allowance.LIVING, "330000", null, 30000),
                    new Amount(Allowance.LIVING, "330000", DisabilityGrade.GRADE_1, 40000),
                    new Amount(Allowance.LIVING, "330102", null, 37200),
                    new Amount(Allowance.LIVING, "330102", DisabilityGrade.GRADE_1, 49600),
                    new Amount(Allowance.LIVING, "330106", DisabilityGrade.GRADE_2, 38000),
                    new Amount(Allowance.NURSING, "330000", DisabilityGrade.GRADE_2, 30000)));

    static final Policy DISABLED = new Policy(4, LocalDate.of(2026, 8, 1), Map.of(
            RuleId.LIVING_LOW_INCOME.id(), new RuleSetting(false, "DIBAO"),
            RuleId.NURSING_SEVERE_GRADE.id(), new RuleSetting(false, "*:GRADE_1"),
            RuleId.NURSING_EXCLUDE_CARE_BENEFIT.id(), new RuleSetting(false, "LONG_TERM_CARE_INSURANCE")), List.of());

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "LIVING, 330102, GRADE_1, 49600",  // county and grade
            "LIVING, 330102, GRADE_2, 37200",  // county
            "LIVING, 330106, GRADE_1, 40000",  // province and grade beats the county of another grade
            "LIVING, 330106, GRADE_2, 38000",
            "LIVING, 330106, GRADE_3, 30000",  // province
            "LIVING, 330109, GRADE_4, 30000",
            "NURSING, 330102, GRADE_2, 30000",
            "NURSING, 330102, GRADE_1, -"})   // none
    void theMostSpecificAmountWins(Allowance allowance, String county, DisabilityGrade grade, Long fen) {
        assertThat(POLICY.monthlyAmount(allowance, county, grade)).isEqualTo(Optional.ofNullable(fen));
    }

    @Test
    void theOrderOfTheEntriesDoesNotMatter() {
        List<Amount> reversed = new ArrayList<>(POLICY.amounts());
        Collections.reverse(reversed);
        Policy policy = new Policy(3, POLICY.effectiveFrom(), POLICY.rules(), reversed);

        assertThat(policy.monthlyAmount(Allowance.LIVING, "330102", DisabilityGrade.GRADE_1)).contains(49600L);
        assertThat(policy.monthlyAmount(Allowance.LIVING, "330102", DisabilityGrade.GRADE_2)).contains(37200L);
        assertThat(policy.monthlyAmount(Allowance.LIVING, "330106", DisabilityGrade.GRADE_1)).contains(40000L);
    }

    @Test
    void noAmountWithoutAnEntryForTheRegion() {
        Policy countyOnly = new Policy(1, POLICY.effectiveFrom(), Map.of(),
                List.of(new Amount(Allowance.LIVING, "330102", null, 37200)));

        assertThat(countyOnly.monthlyAmount(Allowance.LIVING, "330106", DisabilityGrade.GRADE_1)).isEmpty();
        assertThat(countyOnly.monthlyAmount(Allowance.LIVING, "330102", DisabilityGrade.GRADE_1)).contains(37200L);
    }

    @ParameterizedTest
    @CsvSource({
            "PHYSICAL, GRADE_1, true",
            "VISUAL, GRADE_1, true",
            "PHYSICAL, GRADE_2, false",
            "INTELLECTUAL, GRADE_3, true",
            "MENTAL, GRADE_3, false",
            "PHYSICAL, GRADE_3, false"})
    void nursingCoversTheCategoriesAndGradesListed(DisabilityCategory category, DisabilityGrade grade,
            boolean covered) {
        assertThat(POLICY.nursingCovers(category, grade)).isEqualTo(covered);
    }

    @Test
    void aMalformedEntryCoversNothing() {
        Policy policy = new Policy(1, POLICY.effectiveFrom(), Map.of(RuleId.NURSING_SEVERE_GRADE.id(),
                new RuleSetting(true, "MENTAL,GRADE_1")), List.of());

        for (DisabilityGrade grade : DisabilityGrade.values()) {
            assertThat(policy.nursingCovers(DisabilityCategory.MENTAL, grade)).isFalse();
        }
    }

    @Test
    void theSettingsReadAsTypedValues() {
        assertThat(POLICY.qualifyingLowIncome()).containsExactlyInAnyOrder(LowIncomeStatus.DIBAO,
                LowIncomeStatus.DIBAO_EDGE);
        assertThat(POLICY.excludingCareSchemes()).containsExactly(CareScheme.LONG_TERM_CARE_INSURANCE);
    }

    @Test
    void disabledRulesQualifyExcludeAndCoverNothing() {
        assertThat(DISABLED.qualifyingLowIncome()).isEmpty();
        assertThat(DISABLED.excludingCareSchemes()).isEmpty();
        assertThat(DISABLED.nursingCovers(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1)).isFalse();
    }

    @Test
    void anAbsentRuleIsDisabled() {
        Policy none = new Policy(1, POLICY.effectiveFrom(), Map.of(), List.of());

        assertThat(none.rule(RuleId.LIVING_EXCLUDE_ORPHAN_ALLOWANCE)).isEqualTo(RuleSetting.DISABLED);
        assertThat(RuleSetting.DISABLED).isEqualTo(new RuleSetting(false, ""));
        assertThat(none.qualifyingLowIncome()).isEmpty();
        assertThat(none.excludingCareSchemes()).isEmpty();
        assertThat(none.nursingCovers(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1)).isFalse();
        assertThat(POLICY.rule(RuleId.LIVING_LOW_INCOME)).isEqualTo(new RuleSetting(true, "DIBAO, DIBAO_EDGE,,"));
    }

    @Test
    void aParameterIsATrimmedListWithoutBlanks() {
        assertThat(new RuleSetting(true, " DIBAO , ,TEKUN,").list()).containsExactly("DIBAO", "TEKUN");
        assertThat(new RuleSetting(true, "").list()).isEmpty();
        assertThat(new RuleSetting(true, "TEKUN,DIBAO").values(LowIncomeStatus.class))
                .containsExactly(LowIncomeStatus.DIBAO, LowIncomeStatus.TEKUN);
        assertThatThrownBy(() -> new RuleSetting(true, "RICH").values(LowIncomeStatus.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theVersionStartsInTheMonthOfItsEffectiveDate() {
        assertThat(POLICY.effectiveMonth()).isEqualTo(YearMonth.of(2026, 7));
    }

    @Test
    void amountsAreNotNegative() {
        assertThat(new Amount(Allowance.LIVING, "330000", null, 0).monthlyAmountFen()).isZero();
        assertThatThrownBy(() -> new Amount(Allowance.LIVING, "330000", null, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("amounts are not negative");
    }

    @Test
    void aVersionIsACopyOfWhatItWasMadeFrom() {
        Map<String, RuleSetting> rules = new HashMap<>(POLICY.rules());
        List<Amount> amounts = new ArrayList<>(POLICY.amounts());
        Policy policy = new Policy(9, POLICY.effectiveFrom(), rules, amounts);
        rules.clear();
        amounts.clear();

        assertThat(policy.rules()).hasSize(3);
        assertThat(policy.amounts()).hasSize(6);
    }
}

package io.zhucan.subsidy.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.facts.PersonFacts.Income;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.policy.Policy.RuleSetting;
import io.zhucan.subsidy.policy.RuleId;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The living allowance worded by income (seed 004), where a region switches LIVING.INCOME on; off by default. */
class IncomeRuleTest {

    static final LocalDate AS_OF = EligibilityRulesTest.AS_OF;
    static final LocalDate ASSESSED = LocalDate.of(2026, 11, 28); // after the certificate (2026-11-25)
    static final RuleSetting OFF = new RuleSetting(false, "186000,16,60,55");
    static final Policy PINGHU_BY_INCOME;

    static {
        Map<String, RuleSetting> rules = new HashMap<>(EligibilityRulesTest.POLICY.rules());
        rules.put(RuleId.LIVING_INCOME.id(), OFF);
        PINGHU_BY_INCOME = new Policy(2, LocalDate.of(2026, 12, 1), rules, EligibilityRulesTest.POLICY.amounts(),
                Map.of("330482", Map.of(RuleId.LIVING_INCOME.id(), new RuleSetting(true, "186000,16,60,55"))));
    }

    /** A holder born 1990 (working age), no 低保 status, with an assessed income. */
    static PersonFacts assessed(String county, long household, Long own) {
        return EligibilityRulesTest.holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_3, county)
                .withLowIncome(LowIncomeStatus.NONE, ASSESSED).withIncome(new Income(household, own), ASSESSED);
    }

    @Test
    void inACountyThatWordsItByIncomeTheHouseholdsIncomeWithinTheRangeQualifies() {
        Decision d = EligibilityRules.decide(Allowance.LIVING, assessed("330482", 180_000, null), PINGHU_BY_INCOME, AS_OF);
        assertThat(d.outcome()).isEqualTo(EligibilityOutcome.ELIGIBLE);
        assertThat(d.eligibleSince()).isEqualTo(ASSESSED);
        assertThat(d.regionalRules()).containsExactly("LIVING.INCOME@330482");
    }

    @Test
    void aWorkingAgePersonsOwnIncomeWithinTheRangeQualifiesToo() {
        assertThat(EligibilityRules.decide(Allowance.LIVING, assessed("330482", 250_000, 120_000L), PINGHU_BY_INCOME,
                AS_OF).outcome()).isEqualTo(EligibilityOutcome.ELIGIBLE);
    }

    @Test
    void aboveTheRangeBothRulesFail() {
        Decision d = EligibilityRules.decide(Allowance.LIVING, assessed("330482", 250_000, 200_000L), PINGHU_BY_INCOME,
                AS_OF);
        assertThat(d.outcome()).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
        assertThat(d.failedRules()).containsExactly(RuleId.LIVING_LOW_INCOME, RuleId.LIVING_INCOME);
    }

    @Test
    void offByDefaultTheIncomeChangesNothingElsewhere() {
        Decision nanhu = EligibilityRules.decide(Allowance.LIVING, assessed("330402", 100, 100L), PINGHU_BY_INCOME, AS_OF);
        assertThat(nanhu.outcome()).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
        assertThat(nanhu.failedRules()).containsExactly(RuleId.LIVING_LOW_INCOME);
        assertThat(nanhu.regionalRules()).isEmpty();
        // a 低保 household qualifies by its status whatever the income
        PersonFacts dibao = assessed("330482", 999_999, null).withLowIncome(LowIncomeStatus.DIBAO, ASSESSED);
        assertThat(EligibilityRules.decide(Allowance.LIVING, dibao, PINGHU_BY_INCOME, AS_OF).outcome())
                .isEqualTo(EligibilityOutcome.ELIGIBLE);
        // without an assessment the county's rule fails with the status rule
        PersonFacts none = EligibilityRulesTest.holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_3, "330482");
        assertThat(EligibilityRules.decide(Allowance.LIVING, none, PINGHU_BY_INCOME, AS_OF).failedRules())
                .isEqualTo(List.of(RuleId.LIVING_LOW_INCOME, RuleId.LIVING_INCOME));
    }
}

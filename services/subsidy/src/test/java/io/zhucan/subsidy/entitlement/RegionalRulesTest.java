package io.zhucan.subsidy.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.policy.Policy.RuleSetting;
import io.zhucan.subsidy.policy.RuleId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules decide with the setting of the person's county, city or province, and the decision says whose. */
class RegionalRulesTest {

    static final LocalDate AS_OF = EligibilityRulesTest.AS_OF;
    static final Policy HANGZHOU_EXTENDS = new Policy(2, LocalDate.of(2026, 12, 1), EligibilityRulesTest.POLICY.rules(),
            EligibilityRulesTest.POLICY.amounts(), Map.of(
                    "330100", Map.of(RuleId.NURSING_SEVERE_GRADE.id(),
                            new RuleSetting(true, "*:GRADE_1,*:GRADE_2,INTELLECTUAL:GRADE_3,MENTAL:GRADE_3")),
                    "330482", Map.of(RuleId.LIVING_LOW_INCOME.id(), new RuleSetting(true, "DIBAO"))));

    @ParameterizedTest(name = "{0} {1} in {2} → {3}")
    @CsvSource({
            "INTELLECTUAL, GRADE_3, 330102, ELIGIBLE,     NURSING.SEVERE_GRADE@330100", // a county of Hangzhou
            "MENTAL,       GRADE_3, 330182, ELIGIBLE,     NURSING.SEVERE_GRADE@330100",
            "PHYSICAL,     GRADE_3, 330102, NOT_ELIGIBLE, NURSING.SEVERE_GRADE@330100", // the city's rule, not covered
            "INTELLECTUAL, GRADE_3, 330482, NOT_ELIGIBLE, ''",                          // another city: the province's
            "PHYSICAL,     GRADE_1, 330402, ELIGIBLE,     ''"})
    void aCitysNursingExtensionCoversItsCountiesOnly(DisabilityCategory category, DisabilityGrade grade, String county,
            EligibilityOutcome outcome, String regional) {
        PersonFacts facts = EligibilityRulesTest.holder(category, grade, county);
        Decision d = EligibilityRules.decide(Allowance.NURSING, facts, HANGZHOU_EXTENDS, AS_OF);
        assertThat(d.outcome()).isEqualTo(outcome);
        assertThat(d.regionalRules()).isEqualTo(regional.isEmpty() ? List.of() : List.of(regional));
        if (outcome == EligibilityOutcome.NOT_ELIGIBLE) {
            assertThat(d.failedRules()).containsExactly(RuleId.NURSING_SEVERE_GRADE);
        }
    }

    @Test
    void aCountysOwnLivingWordingDecidesForItsPersonsOnly() {
        PersonFacts pinghu = EligibilityRulesTest.holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_3, "330482")
                .withLowIncome(LowIncomeStatus.DIBAO_EDGE, LocalDate.of(2026, 9, 1));
        PersonFacts nanhu = EligibilityRulesTest.holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_3, "330402")
                .withLowIncome(LowIncomeStatus.DIBAO_EDGE, LocalDate.of(2026, 9, 1));
        Decision inPinghu = EligibilityRules.decide(Allowance.LIVING, pinghu, HANGZHOU_EXTENDS, AS_OF);
        assertThat(inPinghu.outcome()).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
        assertThat(inPinghu.regionalRules()).containsExactly("LIVING.LOW_INCOME@330482");
        assertThat(EligibilityRules.decide(Allowance.LIVING, nanhu, HANGZHOU_EXTENDS, AS_OF).outcome())
                .isEqualTo(EligibilityOutcome.ELIGIBLE);
    }

    @Test
    void theSameOutcomeUnderAnotherLevelsRuleIsANewDecision() {
        PersonFacts grade1 = EligibilityRulesTest.holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1, "330102");
        Decision underProvince = EligibilityRules.decide(Allowance.NURSING, grade1, EligibilityRulesTest.POLICY, AS_OF);
        Decision underCity = EligibilityRules.decide(Allowance.NURSING, grade1, HANGZHOU_EXTENDS, AS_OF);
        RecordedDecision recorded = new RecordedDecision(java.util.UUID.randomUUID(), underProvince.outcome(),
                underProvince.failedRules(), underProvince.missingFacts(), underProvince.monthlyAmountFen());
        assertThat(underCity.outcome()).isEqualTo(underProvince.outcome());
        assertThat(underProvince.sameResultAs(recorded)).isTrue();
        assertThat(underCity.sameResultAs(recorded)).isFalse(); // recorded anew, so the explanation names the city
    }

    @Test
    void theExplanationNamesTheRegionWhoseRuleDecided() {
        String summary = Explanations.summary(Allowance.NURSING, EligibilityOutcome.ELIGIBLE, List.of(), List.of(),
                40000L, List.of("NURSING.SEVERE_GRADE@330100"));
        assertThat(summary).contains("每月400.00元").contains("杭州市 330100").contains("NURSING.SEVERE_GRADE");
        assertThat(Explanations.summary(Allowance.NURSING, EligibilityOutcome.ELIGIBLE, List.of(), List.of(), 40000L,
                List.of())).doesNotContain("330100");
    }
}

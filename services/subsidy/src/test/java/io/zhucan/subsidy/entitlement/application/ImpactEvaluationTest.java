package io.zhucan.subsidy.entitlement.application;

import static io.zhucan.subsidy.fakes.PeopleAndPolicy.CLOCK;
import static io.zhucan.subsidy.fakes.PeopleAndPolicy.POLICY;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.events.subsidy.EntitlementAmountChanged;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import io.zhucan.subsidy.entitlement.Trigger;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.fakes.InMemoryDecisions;
import io.zhucan.subsidy.fakes.InMemoryEntitlements;
import io.zhucan.subsidy.fakes.InMemoryExceptionCases;
import io.zhucan.subsidy.fakes.InMemoryPersonFacts;
import io.zhucan.subsidy.fakes.InMemoryPolicies;
import io.zhucan.subsidy.fakes.InMemoryStandards;
import io.zhucan.subsidy.fakes.NoTransactions;
import io.zhucan.subsidy.fakes.PeopleAndPolicy;
import io.zhucan.subsidy.fakes.PublishedEvents;
import io.zhucan.subsidy.fakes.RecordedNotices;
import io.zhucan.subsidy.policy.Impact;
import io.zhucan.subsidy.policy.Impact.RegionImpact;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.policy.Policy.RuleSetting;
import io.zhucan.subsidy.policy.PolicyChange;
import io.zhucan.subsidy.policy.PolicyChange.AmountChange;
import io.zhucan.subsidy.policy.PolicyChange.RuleChange;
import io.zhucan.subsidy.policy.RuleId;
import io.zhucan.subsidy.shared.Months;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The impact preview: what the decision table would do under a proposed version, counted per county, nothing written. */
class ImpactEvaluationTest {

    final InMemoryPersonFacts facts = new InMemoryPersonFacts();
    final InMemoryPolicies policies = new InMemoryPolicies(POLICY);
    final InMemoryEntitlements entitlements = new InMemoryEntitlements();
    final PublishedEvents events = new PublishedEvents();
    final InMemoryStandards standards = new InMemoryStandards();
    final Evaluation evaluation = new Evaluation(entitlements, new InMemoryDecisions(), policies,
            new InMemoryExceptionCases(), new Transitions(entitlements, events, new RecordedNotices(), (e, r) -> { },
                    PeopleAndPolicy::certificateNumber, CLOCK), standards, CLOCK);
    final ImpactEvaluation impact = new ImpactEvaluation(facts, entitlements, standards, CLOCK, 3);

    PersonFacts holder(String county, DisabilityCategory category, DisabilityGrade grade, LowIncomeStatus lowIncome) {
        PersonFacts f = PeopleAndPolicy.holder(county, category, grade, LocalDate.of(2026, 2, 1))
                .withLowIncome(lowIncome, LocalDate.of(2026, 1, 1));
        facts.save(f);
        return f;
    }

    /** Everyone's entitlements under the policy in force, as the service keeps them. */
    void evaluateAll() {
        evaluation.evaluate(facts.holdersAfter(null, 1000), POLICY, new Trigger("test", null), Months.next(CLOCK));
        events.all.clear();
    }

    Policy proposed(PolicyChange change) {
        return change.applyTo(POLICY, 2);
    }

    @Test
    void gainsLossesAndChangesAreCountedPerCountyWithTheMonthlyCost() {
        holder("330102", DisabilityCategory.INTELLECTUAL, DisabilityGrade.GRADE_3, LowIncomeStatus.NONE); // gains nursing
        holder("330102", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2, LowIncomeStatus.NONE);     // amount change
        holder("330102", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1, LowIncomeStatus.DIBAO_EDGE); // loses living
        holder("330482", DisabilityCategory.INTELLECTUAL, DisabilityGrade.GRADE_3, LowIncomeStatus.NONE); // another city
        holder("330482", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1, LowIncomeStatus.DIBAO);    // unchanged
        evaluateAll();
        Map<UUID, Object> before = new HashMap<>(entitlements.byId);

        Policy proposed = proposed(new PolicyChange(Months.next(CLOCK).atDay(1), "test", Map.of(),
                List.of(new AmountChange(Allowance.NURSING, "330100", DisabilityGrade.GRADE_2, 35000L)),
                List.of(new RuleChange("330100", RuleId.NURSING_SEVERE_GRADE.id(),
                                new RuleSetting(true, "*:GRADE_1,*:GRADE_2,INTELLECTUAL:GRADE_3")),
                        new RuleChange("330100", RuleId.LIVING_LOW_INCOME.id(), new RuleSetting(true, "DIBAO")))));
        Impact result = impact.estimate(proposed);

        assertThat(result.persons()).isEqualTo(5);
        // 330102: grade 2 nursing 300 → 350 yuan, the 低保边缘 person's living 400 yuan lost; the grade-3 person is
        // covered by the city's rule but has no amount (undecidable, a caseworker's): no gain; 330482 unchanged
        assertThat(result.counties()).containsExactly(new RegionImpact("330102", 0, 1, 1, 5000 - 40000));
        assertThat(result.cities()).containsExactly(new RegionImpact("330100", 0, 1, 1, -35000));
        assertThat(result.total()).isEqualTo(new RegionImpact("330000", 0, 1, 1, -35000));
        assertThat(entitlements.byId).isEqualTo(before); // nothing written
        assertThat(events.all).isEmpty();
    }

    @Test
    void aGainCountsTheAmountItWouldPayAndTheChunksCoverEveryone() {
        for (int i = 0; i < 7; i++) { // more than two chunks of 3
            holder(i % 2 == 0 ? "330102" : "330106", DisabilityCategory.MENTAL, DisabilityGrade.GRADE_3,
                    LowIncomeStatus.NONE);
        }
        evaluateAll();
        Policy proposed = proposed(new PolicyChange(Months.next(CLOCK).atDay(1), "test",
                Map.of(RuleId.NURSING_SEVERE_GRADE.id(), new RuleSetting(true, "*:GRADE_1,*:GRADE_2,MENTAL:GRADE_3")),
                List.of(new AmountChange(Allowance.NURSING, "330000", DisabilityGrade.GRADE_3, 20000L))));
        Impact result = impact.estimate(proposed);
        assertThat(result.persons()).isEqualTo(7);
        assertThat(result.counties()).containsExactly(new RegionImpact("330102", 4, 0, 0, 80000),
                new RegionImpact("330106", 3, 0, 0, 60000));
        assertThat(result.total()).isEqualTo(new RegionImpact("330000", 7, 0, 0, 140000));
    }

    @Test
    void thePreviewCountsWhatTheRollOutThenDoes() {
        for (int i = 0; i < 4; i++) {
            holder("330102", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2, LowIncomeStatus.DIBAO);
        }
        evaluateAll();
        Policy proposed = proposed(new PolicyChange(Months.next(CLOCK).atDay(1), "test", Map.of(),
                List.of(new AmountChange(Allowance.NURSING, "330102", DisabilityGrade.GRADE_2, 31000L))));
        Impact result = impact.estimate(proposed);

        evaluation.evaluate(facts.holdersAfter(null, 1000), proposed, Trigger.policy(2), Months.next(CLOCK));
        assertThat(events.of(EntitlementAmountChanged.class)).hasSize((int) result.total().changed());
        assertThat(result.total()).isEqualTo(new RegionImpact("330000", 0, 0, 4, 4000));
    }

    @Test
    void noHoldersNoImpact() {
        assertThat(impact.estimate(POLICY)).isEqualTo(new Impact(0, List.of()));
        assertThat(new Impact(0, List.of()).total()).isEqualTo(RegionImpact.none("330000"));
    }
}

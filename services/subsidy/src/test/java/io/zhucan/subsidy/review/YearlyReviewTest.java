package io.zhucan.subsidy.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.subsidy.entitlement.Decision;
import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.entitlement.Situation;
import io.zhucan.subsidy.entitlement.Trigger;
import io.zhucan.subsidy.policy.MissingFact;
import io.zhucan.subsidy.policy.RuleId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class YearlyReviewTest {

    static final ResidentIdNumber ID = ResidentIdNumber.of("330102199003070027");
    static final UUID PERSON = UUID.randomUUID();
    static final Situation REVIEW = new Situation(PERSON, ID, "330102", YearMonth.of(2027, 1), YearMonth.of(2015, 1),
            new Trigger("review.yearly", null));
    static final Entitlement ACTIVE = Entitlement.grant(PERSON, ID, Allowance.LIVING, "330102", YearMonth.of(2024, 3),
            49600);

    static Decision eligible(long amount) {
        return new Decision(Allowance.LIVING, EligibilityOutcome.ELIGIBLE, List.of(), List.of(), amount,
                LocalDate.of(2024, 2, 1), null);
    }

    @Test
    void theSameAmountIsUnchangedAndAnotherOneIsReportedWithTheAmountsAndItsRule() {
        assertThat(YearlyReview.compare(ACTIVE, eligible(49600), REVIEW)).extracting(ReviewFinding::outcome,
                ReviewFinding::ruleIds).containsExactly(ReviewOutcome.UNCHANGED, List.of());

        ReviewFinding changed = YearlyReview.compare(ACTIVE, eligible(52000), REVIEW);
        assertThat(changed).extracting(ReviewFinding::outcome, ReviewFinding::currentAmountFen,
                ReviewFinding::ruleAmountFen, ReviewFinding::ruleIds, ReviewFinding::entitlementId)
                .containsExactly(ReviewOutcome.AMOUNT_CHANGED, 49600L, 52000L, List.of("POLICY.AMOUNT.LIVING"),
                        ACTIVE.id());
        UUID run = UUID.randomUUID();
        assertThat(changed.detail(run)).isEqualTo("yearly review " + run
                + ": AMOUNT_CHANGED 49600 → 52000 fen (POLICY.AMOUNT.LIVING)").doesNotContain(ID.value());
    }

    @Test
    void aFailedRuleOrAnEndingWouldEndItAndSaysWhy() {
        Decision notEligible = new Decision(Allowance.LIVING, EligibilityOutcome.NOT_ELIGIBLE,
                List.of(RuleId.LIVING_LOW_INCOME), List.of(), null, null, null);
        assertThat(YearlyReview.compare(ACTIVE, notEligible, REVIEW)).extracting(ReviewFinding::outcome,
                ReviewFinding::ruleIds).containsExactly(ReviewOutcome.WOULD_END, List.of("LIVING.LOW_INCOME"));

        Decision death = new Decision(Allowance.LIVING, EligibilityOutcome.NOT_ELIGIBLE, List.of(RuleId.LIVING_ALIVE),
                List.of(), null, null, new Decision.Ending(Decision.EndReason.DEATH, LocalDate.of(2026, 10, 3)));
        assertThat(YearlyReview.compare(ACTIVE, death, REVIEW).ruleIds()).containsExactly("ENDING.DEATH");

        // a reviewer's manual grant stands against the automatic rules, in the check as everywhere
        assertThat(YearlyReview.compare(ACTIVE.overridden(true), notEligible, REVIEW).outcome())
                .isEqualTo(ReviewOutcome.UNCHANGED);
    }

    @Test
    void anUndecidableCaseIsReportedWithItsMissingFacts() {
        Decision undecidable = new Decision(Allowance.LIVING, EligibilityOutcome.UNDECIDABLE, List.of(),
                List.of(MissingFact.LIVING_AMOUNT), null, null, null);
        assertThat(YearlyReview.compare(ACTIVE, undecidable, REVIEW)).extracting(ReviewFinding::outcome,
                ReviewFinding::ruleAmountFen, ReviewFinding::ruleIds)
                .containsExactly(ReviewOutcome.MISSING_FACTS, null, List.of(MissingFact.LIVING_AMOUNT.id()));
    }
}

package io.zhucan.subsidy.review;

import io.zhucan.subsidy.entitlement.Decision;
import io.zhucan.subsidy.entitlement.DecisionTable;
import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.entitlement.Situation;
import io.zhucan.subsidy.entitlement.Transition;
import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import java.util.List;

/**
 * The yearly full check of one entitlement: what the automatic handling ({@link DecisionTable}, the
 * same table every fact goes through) would do with today's decision, as a finding, applying nothing.
 */
public final class YearlyReview {

    public static ReviewFinding compare(Entitlement current, Decision decision, Situation situation) {
        ReviewOutcome outcome = switch (DecisionTable.react(current, decision, situation)) {
            case Transition.ChangeAmount c -> ReviewOutcome.AMOUNT_CHANGED;
            case Transition.Suspend s -> ReviewOutcome.WOULD_END;
            case Transition.Terminate t -> ReviewOutcome.WOULD_END;
            default -> decision.outcome() == EligibilityOutcome.UNDECIDABLE ? ReviewOutcome.MISSING_FACTS
                    : ReviewOutcome.UNCHANGED;
        };
        return new ReviewFinding(current.personId(), current.id(), current.allowance(), current.county(), outcome,
                current.latestAmountFen(), decision.monthlyAmountFen(), why(outcome, decision));
    }

    private static List<String> why(ReviewOutcome outcome, Decision decision) {
        return switch (outcome) {
            case UNCHANGED -> List.of();
            case AMOUNT_CHANGED -> List.of("POLICY.AMOUNT." + decision.allowance().name());
            case WOULD_END -> decision.ending() != null ? List.of("ENDING." + decision.ending().reason().name())
                    : decision.failedRuleIds();
            case MISSING_FACTS -> decision.missingFactIds();
        };
    }

    private YearlyReview() {
    }
}

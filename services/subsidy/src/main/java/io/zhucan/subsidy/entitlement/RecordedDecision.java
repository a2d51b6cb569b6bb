package io.zhucan.subsidy.entitlement;

import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.subsidy.policy.MissingFact;
import io.zhucan.subsidy.policy.RuleId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The latest decision recorded for a person and allowance, as far as re-evaluation needs it. */
public record RecordedDecision(UUID decisionId, EligibilityOutcome outcome, List<RuleId> failedRules,
        List<MissingFact> missingFacts, @Nullable Long amountFen, List<String> regionalRules) {

    public RecordedDecision {
        failedRules = List.copyOf(failedRules);
        missingFacts = List.copyOf(missingFacts);
        regionalRules = List.copyOf(regionalRules);
    }

    /** A decision recorded on province rules only. */
    public RecordedDecision(UUID decisionId, EligibilityOutcome outcome, List<RuleId> failedRules,
            List<MissingFact> missingFacts, @Nullable Long amountFen) {
        this(decisionId, outcome, failedRules, missingFacts, amountFen, List.of());
    }
}

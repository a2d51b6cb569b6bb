package io.zhucan.subsidy.entitlement;

import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.subsidy.policy.MissingFact;
import io.zhucan.subsidy.policy.RuleId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of the rules for one allowance and one person: eligible (with the monthly amount and
 * the date since when every rule holds), not eligible (the failing rule ids) or undecidable (the
 * missing facts). {@code ending} is set when the entitlement must end rather than pause (death,
 * certificate cancelled). {@code regionalRules} name the city's or county's rules that decided instead
 * of the province's, e.g. {@code NURSING.SEVERE_GRADE@330100}.
 */
public record Decision(
        Allowance allowance,
        EligibilityOutcome outcome,
        List<RuleId> failedRules,
        List<MissingFact> missingFacts,
        @Nullable Long monthlyAmountFen,
        @Nullable LocalDate eligibleSince,
        @Nullable Ending ending,
        List<String> regionalRules) {

    public Decision {
        failedRules = List.copyOf(failedRules);
        missingFacts = List.copyOf(missingFacts);
        regionalRules = List.copyOf(regionalRules);
    }

    /** A decision on province rules only. */
    public Decision(Allowance allowance, EligibilityOutcome outcome, List<RuleId> failedRules,
            List<MissingFact> missingFacts, @Nullable Long monthlyAmountFen, @Nullable LocalDate eligibleSince,
            @Nullable Ending ending) {
        this(allowance, outcome, failedRules, missingFacts, monthlyAmountFen, eligibleSince, ending, List.of());
    }

    /** Same result as a previous decision (outcome, rules, missing facts, amount, whose rules): nothing to record. */
    public boolean sameResultAs(@Nullable RecordedDecision previous) {
        return previous != null && outcome == previous.outcome() && failedRules.equals(previous.failedRules())
                && missingFacts.equals(previous.missingFacts()) && Objects.equals(monthlyAmountFen, previous.amountFen())
                && regionalRules.equals(previous.regionalRules());
    }

    public List<String> failedRuleIds() {
        return failedRules.stream().map(RuleId::id).toList();
    }

    public List<String> missingFactIds() {
        return missingFacts.stream().map(MissingFact::id).toList();
    }

    /** Why and since when an entitlement ends for good. */
    public record Ending(EndReason reason, LocalDate date) {
    }

    /** Reasons that end an entitlement instead of suspending it. */
    public enum EndReason {
        DEATH,
        CERTIFICATE_CANCELLED,
        MOVED_OUT_OF_PROVINCE
    }
}

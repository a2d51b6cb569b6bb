package io.zhucan.subsidy.personfile.web;

import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.entitlement.EntitlementStatus;
import io.zhucan.subsidy.entitlement.Explanations;
import io.zhucan.subsidy.personfile.application.SubsidyReads.DecisionView;
import io.zhucan.subsidy.personfile.application.SubsidyReads.EntitlementView;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Response bodies shared by the citizen's and the caseworkers' endpoints. */
final class SubsidyViews {

    /** An entitlement with its name and amount in plain words. */
    record EntitlementResponse(UUID id, Allowance allowance, String allowanceName, EntitlementStatus status,
            YearMonth startMonth, @Nullable YearMonth endMonth, @Nullable YearMonth pausedFrom,
            @Nullable YearMonth pausedUntil, long monthlyAmountFen, String monthlyAmountYuan, String county,
            @Nullable String statusReason, boolean manualOverride) {

        static EntitlementResponse of(EntitlementView e) {
            return new EntitlementResponse(e.id(), e.allowance(), Explanations.allowanceName(e.allowance()), e.status(),
                    e.startMonth(), e.endMonth(), e.pausedFrom(), e.pausedUntil(), e.monthlyAmountFen(),
                    Explanations.yuan(e.monthlyAmountFen()), e.county(), e.statusReason(), e.manualOverride());
        }

        static EntitlementResponse of(Entitlement e) {
            return new EntitlementResponse(e.id(), e.allowance(), Explanations.allowanceName(e.allowance()), e.status(),
                    e.startMonth(), e.endMonth(), e.pausedFrom(), e.pausedUntil(), e.latestAmountFen(),
                    Explanations.yuan(e.latestAmountFen()), e.county(), e.statusReason(), e.manualOverride());
        }
    }

    /** A decision with the failing rules explained. */
    record DecisionResponse(UUID id, Allowance allowance, EligibilityOutcome outcome, String explanation,
            List<RuleResult> failedRules, List<RuleResult> missingFacts, @Nullable Long monthlyAmountFen,
            long policyVersion, String trigger, Instant decidedAt, List<String> regionalRules) {

        static DecisionResponse of(DecisionView d) {
            return new DecisionResponse(d.id(), d.allowance(), d.outcome(),
                    Explanations.summary(d.allowance(), d.outcome(), d.failedRules(), d.missingFacts(), d.amountFen(),
                            d.regionalRules()),
                    d.failedRules().stream().map(RuleResult::of).toList(),
                    d.missingFacts().stream().map(RuleResult::of).toList(), d.amountFen(), d.policyVersion(),
                    d.trigger(), d.decidedAt(), d.regionalRules());
        }
    }

    /** A rule (or missing fact) id and what it means. */
    record RuleResult(String id, String text) {

        static RuleResult of(String id) {
            return new RuleResult(id, Explanations.ofId(id));
        }
    }

    private SubsidyViews() {
    }
}

package io.zhucan.subsidy.review;

import io.zhucan.platform.events.vocabulary.Allowance;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entitlement's result of the yearly check: the amount paid now and the one the rules give
 * (null: none), and the rule ids why (failed rules, missing facts, or the amount's rule). Carries the
 * person id, never an ID number or a name.
 */
public record ReviewFinding(UUID personId, UUID entitlementId, Allowance allowance, String county,
        ReviewOutcome outcome, long currentAmountFen, @Nullable Long ruleAmountFen, List<String> ruleIds) {

    public ReviewFinding {
        ruleIds = List.copyOf(ruleIds);
    }

    /** The finding in words for a caseworker's queue (no personal data). */
    public String detail(UUID runId) {
        String amounts = outcome == ReviewOutcome.AMOUNT_CHANGED
                ? " " + currentAmountFen + " → " + ruleAmountFen + " fen" : "";
        return "yearly review " + runId + ": " + outcome + amounts + " (" + String.join(",", ruleIds) + ")";
    }
}

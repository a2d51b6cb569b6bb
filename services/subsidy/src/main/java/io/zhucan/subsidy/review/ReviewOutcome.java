package io.zhucan.subsidy.review;

/** What the yearly check finds for one entitlement. */
public enum ReviewOutcome {
    /** the rules would change nothing */
    UNCHANGED,
    /** the rules would pay another amount from the next month */
    AMOUNT_CHANGED,
    /** the rules would suspend or end it */
    WOULD_END,
    /** the rules lack a fact (or an amount) to decide */
    MISSING_FACTS
}

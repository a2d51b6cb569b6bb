package io.zhucan.platform.events.subsidy;

/** Result of evaluating one allowance for one person. */
public enum EligibilityOutcome {
    ELIGIBLE,
    NOT_ELIGIBLE,
    /** facts are missing or contradictory: a caseworker decides (exception queue) */
    UNDECIDABLE
}

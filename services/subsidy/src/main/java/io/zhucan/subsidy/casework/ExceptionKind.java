package io.zhucan.subsidy.casework;

/** Why a case waits for a caseworker. */
public enum ExceptionKind {
    /** the rules lack a fact (or an amount) to decide */
    UNDECIDABLE,
    /** a payment failed as often as it may */
    PAYMENT_FAILED,
    /** the yearly full check found that the rules differ from what is paid (applied by a caseworker, not silently) */
    REVIEW_DIFFERENCE
}

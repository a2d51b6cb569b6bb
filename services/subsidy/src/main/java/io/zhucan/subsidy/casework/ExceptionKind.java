package io.zhucan.subsidy.casework;

/** Why a case waits for a caseworker. */
public enum ExceptionKind {
    /** the rules lack a fact (or an amount) to decide */
    UNDECIDABLE,
    /** a payment failed as often as it may */
    PAYMENT_FAILED
}

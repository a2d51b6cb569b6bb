package io.zhucan.subsidy.payment;

/**
 * Where one payment instruction stands: sent to civil affairs, then paid or failed (sent again while
 * attempts are left); a failed one is cancelled when its entitlement no longer covers the month.
 */
public enum InstructionStatus {
    INSTRUCTED,
    PAID,
    FAILED,
    CANCELLED
}

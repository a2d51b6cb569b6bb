package io.zhucan.subsidy.payment;

/** Where one payment instruction stands: sent to civil affairs, then paid or failed (sent again while attempts are left). */
public enum InstructionStatus {
    INSTRUCTED,
    PAID,
    FAILED
}

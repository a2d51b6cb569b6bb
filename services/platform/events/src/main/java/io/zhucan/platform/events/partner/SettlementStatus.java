package io.zhucan.platform.events.partner;

/** Outcome of a payment instruction at civil affairs' paying bank. */
public enum SettlementStatus {
    PAID,
    FAILED
}

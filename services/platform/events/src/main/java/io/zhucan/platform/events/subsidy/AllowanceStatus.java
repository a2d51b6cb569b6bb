package io.zhucan.platform.events.subsidy;

/** Where an allowance stands, as civil affairs is told it: no reasons, only what it pays. */
public enum AllowanceStatus {
    GRANTED,
    AMOUNT_CHANGED,
    SUSPENDED,
    RESUMED,
    ENDED,
    DECLINED
}

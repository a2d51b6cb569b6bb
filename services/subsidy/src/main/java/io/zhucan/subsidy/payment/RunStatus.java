package io.zhucan.subsidy.payment;

/** Where a month's payment run stands. */
public enum RunStatus {
    RUNNING,
    COMPLETED,
    FAILED
}

package io.zhucan.subsidy.approval;

/** Where a request for a second person's approval stands. */
public enum ApprovalStatus {
    PENDING,
    APPROVED,
    REJECTED
}

package io.zhucan.subsidy.notification;

/** What a notice to the citizen is about. */
public enum NoticeKind {
    GRANTED,
    AMOUNT_CHANGED,
    SUSPENDED,
    RESUMED,
    TERMINATED,
    DECLINED,
    OVERPAYMENT
}

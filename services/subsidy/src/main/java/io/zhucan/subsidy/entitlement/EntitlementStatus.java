package io.zhucan.subsidy.entitlement;

/** Lifecycle of an entitlement: granted → active → suspended → resumed (active) / terminated; declined. */
public enum EntitlementStatus {
    /** granted automatically, not yet instructed for payment */
    GRANTED,
    /** at least one payment instructed */
    ACTIVE,
    SUSPENDED,
    TERMINATED,
    /** the citizen declined it */
    DECLINED;

    public boolean isOpen() {
        return this == GRANTED || this == ACTIVE || this == SUSPENDED;
    }
}

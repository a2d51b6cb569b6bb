package io.zhucan.rehabilitation.device;

/** AWAITING_OVERRIDE (unsuited category, needs a second person) → ORDERED → FITTED → RETURNED (rentals). */
public enum FittingStatus {
    AWAITING_OVERRIDE,
    ORDERED,
    FITTED,
    RETURNED
}

package io.zhucan.platform.events.rehabilitation;

/** Why a rented assistive device's holder is reminded. */
public enum ReminderKind {
    /** The return date is near (within the policy's lead days). */
    DUE_SOON,
    /** The return date has passed and the device is still out. */
    OVERDUE
}

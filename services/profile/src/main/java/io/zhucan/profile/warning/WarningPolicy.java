package io.zhucan.profile.warning;

import java.time.LocalDate;

/** The thresholds of the warnings (policy table warning_policy). */
public record WarningPolicy(int expiryWindowDays, int suspensionLimitDays, int needOpenLimitDays) {

    /** Expiring within the window: from today up to and including today + window. */
    public LocalDate expiresBy(LocalDate today) {
        return today.plusDays(expiryWindowDays);
    }

    /** Suspended for more than the limit: the suspension began before today − limit. */
    public LocalDate suspendedBefore(LocalDate today) {
        return today.minusDays(suspensionLimitDays);
    }

    /** Open beyond the time limit: opened before today − limit. */
    public LocalDate openedBefore(LocalDate today) {
        return today.minusDays(needOpenLimitDays);
    }
}

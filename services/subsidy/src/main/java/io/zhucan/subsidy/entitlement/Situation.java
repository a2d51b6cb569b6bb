package io.zhucan.subsidy.entitlement;

import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.subsidy.shared.Months;
import java.time.YearMonth;
import java.util.UUID;

/**
 * Where a decision is taken: whose, in which county, for which month (the next one, 次月), under a
 * policy in force from {@code policyEffectiveMonth}, caused by {@code trigger}.
 */
public record Situation(UUID personId, ResidentIdNumber idNumber, String county, YearMonth nextMonth,
        YearMonth policyEffectiveMonth, Trigger trigger) {

    /** The month a change applies from: the month after the fact (may lie in the past), else when the policy is. */
    public YearMonth changeMonth() {
        return trigger.date() == null ? Months.max(nextMonth, policyEffectiveMonth) : Months.after(trigger.date());
    }

    /** The month that is running now. */
    public YearMonth currentMonth() {
        return nextMonth.minusMonths(1);
    }
}

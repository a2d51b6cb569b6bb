package io.zhucan.subsidy.entitlement;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * One step of an entitlement's amount schedule: the monthly amount from {@code from} on, as the policy
 * version {@code policyVersion} decided it (null: the version behind the transition).
 */
public record ScheduledAmount(YearMonth from, long amountFen, @Nullable Long policyVersion) {
}

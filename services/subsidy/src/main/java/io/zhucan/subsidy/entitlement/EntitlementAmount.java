package io.zhucan.subsidy.entitlement;

import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An entitlement's amount from a month on, with the policy version and reason behind it. */
public record EntitlementAmount(UUID entitlementId, YearMonth fromMonth, long amountFen, @Nullable Long policyVersion,
        String reason) {
}

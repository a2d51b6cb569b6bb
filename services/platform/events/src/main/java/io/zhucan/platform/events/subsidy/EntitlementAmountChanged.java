package io.zhucan.platform.events.subsidy;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import io.zhucan.platform.events.vocabulary.Allowance;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/** The monthly amount changed (regrade, transfer, policy change) from {@code effectiveMonth}. */
public record EntitlementAmountChanged(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID entitlementId,
        Allowance allowance,
        String county,
        long previousMonthlyAmountFen,
        long monthlyAmountFen,
        YearMonth effectiveMonth) implements PersonEvent {

    public static final EventType<EntitlementAmountChanged> TYPE =
            SubsidyEvents.type("entitlement.amount-changed", EntitlementAmountChanged.class);
}

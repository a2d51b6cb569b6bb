package io.zhucan.platform.events.subsidy;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import io.zhucan.platform.events.vocabulary.Allowance;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/** An allowance was granted without application (免申即享); payable from {@code startMonth}. */
public record EntitlementGranted(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID entitlementId,
        Allowance allowance,
        String county,
        long monthlyAmountFen,
        YearMonth startMonth,
        UUID decisionId) implements PersonEvent {

    public static final EventType<EntitlementGranted> TYPE =
            SubsidyEvents.type("entitlement.granted", EntitlementGranted.class);
}

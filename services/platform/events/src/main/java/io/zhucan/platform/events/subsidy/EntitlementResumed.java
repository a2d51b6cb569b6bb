package io.zhucan.platform.events.subsidy;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import io.zhucan.platform.events.vocabulary.Allowance;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/** A suspended entitlement is payable again from {@code fromMonth}. */
public record EntitlementResumed(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID entitlementId,
        Allowance allowance,
        String county,
        String reason,
        YearMonth fromMonth) implements PersonEvent {

    public static final EventType<EntitlementResumed> TYPE =
            SubsidyEvents.type("entitlement.resumed", EntitlementResumed.class);
}

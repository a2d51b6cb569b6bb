package io.zhucan.platform.events.subsidy;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import io.zhucan.platform.events.vocabulary.Allowance;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/** Payments pause from {@code fromMonth} (e.g. low-income status lost, certificate expired). */
public record EntitlementSuspended(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID entitlementId,
        Allowance allowance,
        String county,
        String reason,
        YearMonth fromMonth) implements PersonEvent {

    public static final EventType<EntitlementSuspended> TYPE =
            SubsidyEvents.type("entitlement.suspended", EntitlementSuspended.class);
}

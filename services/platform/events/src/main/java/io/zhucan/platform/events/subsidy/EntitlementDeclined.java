package io.zhucan.platform.events.subsidy;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import io.zhucan.platform.events.vocabulary.Allowance;
import java.time.Instant;
import java.util.UUID;

/** The citizen declined an automatically granted allowance; no payment is instructed. */
public record EntitlementDeclined(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID entitlementId,
        Allowance allowance,
        String county) implements PersonEvent {

    public static final EventType<EntitlementDeclined> TYPE =
            SubsidyEvents.type("entitlement.declined", EntitlementDeclined.class);
}

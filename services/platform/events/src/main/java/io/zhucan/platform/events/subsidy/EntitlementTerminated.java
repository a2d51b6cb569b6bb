package io.zhucan.platform.events.subsidy;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import io.zhucan.platform.events.vocabulary.Allowance;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/** The entitlement ended; {@code lastPayableMonth} is the last month it is payable for. */
public record EntitlementTerminated(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID entitlementId,
        Allowance allowance,
        String county,
        String reason,
        YearMonth lastPayableMonth) implements PersonEvent {

    public static final EventType<EntitlementTerminated> TYPE =
            SubsidyEvents.type("entitlement.terminated", EntitlementTerminated.class);
}

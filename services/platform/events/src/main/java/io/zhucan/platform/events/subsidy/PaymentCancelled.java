package io.zhucan.platform.events.subsidy;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import io.zhucan.platform.events.vocabulary.Allowance;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/** A failed instruction will not be sent again: its entitlement no longer covers the month (death, cancellation...). */
public record PaymentCancelled(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID instructionId,
        Allowance allowance,
        YearMonth month,
        long amountFen,
        String reason) implements PersonEvent {

    public static final EventType<PaymentCancelled> TYPE =
            SubsidyEvents.type("payment.cancelled", PaymentCancelled.class);
}

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
            SubsidyEvents.forCivilAffairs("payment.cancelled", PaymentCancelled.class);

    /** The one reason civil affairs is given: the month is no longer covered (never why: that may be an LTC fact). */
    public static String notCovered(YearMonth month) {
        return "the entitlement no longer covers " + month;
    }
}

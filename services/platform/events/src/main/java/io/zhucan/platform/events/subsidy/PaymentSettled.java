package io.zhucan.platform.events.subsidy;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import io.zhucan.platform.events.vocabulary.Allowance;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/** Civil affairs reported the instruction paid. */
public record PaymentSettled(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID instructionId,
        Allowance allowance,
        YearMonth month,
        long amountFen,
        LocalDate settledOn) implements PersonEvent {

    public static final EventType<PaymentSettled> TYPE =
            SubsidyEvents.type("payment.settled", PaymentSettled.class);
}

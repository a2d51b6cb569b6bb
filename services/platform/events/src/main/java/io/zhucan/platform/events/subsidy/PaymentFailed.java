package io.zhucan.platform.events.subsidy;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import io.zhucan.platform.events.vocabulary.Allowance;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/** Civil affairs could not pay the instruction; it is retried next run or queued for a caseworker. */
public record PaymentFailed(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID instructionId,
        Allowance allowance,
        YearMonth month,
        long amountFen,
        String reason,
        boolean retryNextRun) implements PersonEvent {

    public static final EventType<PaymentFailed> TYPE =
            SubsidyEvents.type("payment.failed", PaymentFailed.class);
}

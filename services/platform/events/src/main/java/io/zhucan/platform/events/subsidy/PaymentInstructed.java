package io.zhucan.platform.events.subsidy;

import io.zhucan.platform.events.MaskedText;
import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import io.zhucan.platform.events.vocabulary.Allowance;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A monthly payment instruction for civil affairs: exactly one per entitlement and month.
 * {@code certificateNumber} identifies the payee to civil affairs (it begins with the ID number).
 */
public record PaymentInstructed(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID instructionId,
        UUID entitlementId,
        Allowance allowance,
        YearMonth month,
        long amountFen,
        String county,
        String certificateNumber) implements PersonEvent {

    public static final EventType<PaymentInstructed> TYPE =
            SubsidyEvents.type("payment.instructed", PaymentInstructed.class);

    /** Printed with the ID number masked: it is personal data. */
    @Override
    public String toString() {
        return MaskedText.of(this);
    }
}

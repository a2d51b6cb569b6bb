package io.zhucan.platform.events.partner;

import io.zhucan.platform.events.MaskedText;
import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PartnerFact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Civil affairs: the result of one attempt of a payment instruction (paid, or failed with a reason).
 * {@code attempt} is the instruction's attempt reported on (null from partners that do not send it yet).
 */
public record PaymentSettlementReported(
        String factId,
        Instant occurredAt,
        String idNumber,
        UUID instructionId,
        SettlementStatus status,
        @Nullable String failureReason,
        LocalDate settledOn,
        @Nullable Integer attempt) implements PartnerFact {

    public static final EventType<PaymentSettlementReported> TYPE =
            PartnerEvents.civilAffairs("payment-settlement.reported", PaymentSettlementReported.class);

    @Override
    public String partner() {
        return PartnerEvents.CIVIL_AFFAIRS;
    }

    /** Printed with the ID number masked: it is personal data. */
    @Override
    public String toString() {
        return MaskedText.of(this);
    }
}

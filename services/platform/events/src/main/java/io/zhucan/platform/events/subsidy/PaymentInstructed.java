package io.zhucan.platform.events.subsidy;

import io.zhucan.platform.events.MaskedText;
import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import io.zhucan.platform.events.vocabulary.Allowance;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A monthly payment instruction for civil affairs: exactly one per entitlement and month.
 * {@code certificateNumber} identifies the payee to civil affairs (it begins with the ID number);
 * {@code attempt} counts the sendings of the same instruction (a failed one is sent again), and the
 * settlement report names it. {@code arrears} (补发): the month is earlier than the run that instructs it,
 * paid late because a fact arrived late. Both null only in events written before the fields existed.
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
        String certificateNumber,
        @Nullable Integer attempt,
        @Nullable Boolean arrears) implements PersonEvent {

    public static final EventType<PaymentInstructed> TYPE =
            SubsidyEvents.forCivilAffairs("payment.instructed", PaymentInstructed.class);

    /** Printed with the ID number masked: it is personal data. */
    @Override
    public String toString() {
        return MaskedText.of(this);
    }
}

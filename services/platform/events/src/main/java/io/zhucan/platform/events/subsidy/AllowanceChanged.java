package io.zhucan.platform.events.subsidy;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.MaskedText;
import io.zhucan.platform.events.PersonEvent;
import io.zhucan.platform.events.vocabulary.Allowance;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * For civil affairs, which pays the allowances: a person's allowance changed, by certificate number
 * (what civil affairs matches on). It carries no reason and no rule id: why it changed may rest on
 * health-insurance facts (long-term care), which civil affairs must not learn. {@code monthlyAmountFen}
 * is the amount from {@code fromMonth} (null when nothing is payable from then: suspended, ended,
 * declined).
 */
public record AllowanceChanged(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        String certificateNumber,
        UUID entitlementId,
        Allowance allowance,
        String county,
        AllowanceStatus status,
        YearMonth fromMonth,
        @Nullable Long monthlyAmountFen) implements PersonEvent {

    public static final EventType<AllowanceChanged> TYPE =
            SubsidyEvents.forCivilAffairs("allowance.changed", AllowanceChanged.class);

    @Override
    public String toString() {
        return MaskedText.of(this);
    }
}

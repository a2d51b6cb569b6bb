package io.zhucan.platform.events.subsidy;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import io.zhucan.platform.events.vocabulary.Allowance;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** Payments were instructed for months the person was no longer entitled to (e.g. after death). */
public record OverpaymentRaised(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID overpaymentId,
        UUID entitlementId,
        Allowance allowance,
        String county,
        List<YearMonth> months,
        long amountFen,
        String reason) implements PersonEvent {

    public static final EventType<OverpaymentRaised> TYPE =
            SubsidyEvents.type("overpayment.raised", OverpaymentRaised.class);
}

package io.zhucan.platform.events.partner;

import io.zhucan.platform.events.MaskedText;
import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PartnerFact;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import java.time.Instant;
import java.time.LocalDate;

/** Civil affairs: the household's low-income status (低保 / 低保边缘 / 特困) changed. */
public record LowIncomeStatusChanged(
        String factId,
        Instant occurredAt,
        String idNumber,
        LowIncomeStatus status,
        LocalDate effectiveFrom) implements PartnerFact {

    public static final EventType<LowIncomeStatusChanged> TYPE =
            PartnerEvents.civilAffairs("low-income-status.changed", LowIncomeStatusChanged.class);

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

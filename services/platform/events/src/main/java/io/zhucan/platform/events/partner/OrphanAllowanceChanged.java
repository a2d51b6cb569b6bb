package io.zhucan.platform.events.partner;

import io.zhucan.platform.events.MaskedText;
import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PartnerFact;
import java.time.Instant;
import java.time.LocalDate;

/** Civil affairs: the person started or stopped receiving the orphan basic living allowance. */
public record OrphanAllowanceChanged(
        String factId,
        Instant occurredAt,
        String idNumber,
        boolean receiving,
        LocalDate effectiveFrom) implements PartnerFact {

    public static final EventType<OrphanAllowanceChanged> TYPE =
            PartnerEvents.civilAffairs("orphan-allowance.changed", OrphanAllowanceChanged.class);

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

package io.zhucan.platform.events.partner;

import io.zhucan.platform.events.MaskedText;
import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PartnerFact;
import java.time.Instant;
import java.time.LocalDate;

/** Civil affairs: the person entered or left state institutional support (特困人员集中供养). */
public record InstitutionalCareChanged(
        String factId,
        Instant occurredAt,
        String idNumber,
        boolean inInstitutionalCare,
        LocalDate effectiveFrom) implements PartnerFact {

    public static final EventType<InstitutionalCareChanged> TYPE =
            PartnerEvents.civilAffairs("institutional-care.changed", InstitutionalCareChanged.class);

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

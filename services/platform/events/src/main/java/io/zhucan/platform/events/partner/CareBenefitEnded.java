package io.zhucan.platform.events.partner;

import io.zhucan.platform.events.MaskedText;
import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PartnerFact;
import io.zhucan.platform.events.vocabulary.CareScheme;
import java.time.Instant;
import java.time.LocalDate;

/** Health insurance: a care benefit ended. */
public record CareBenefitEnded(
        String factId,
        Instant occurredAt,
        String idNumber,
        CareScheme scheme,
        LocalDate endedOn) implements PartnerFact {

    public static final EventType<CareBenefitEnded> TYPE =
            PartnerEvents.healthInsurance("care-benefit.ended", CareBenefitEnded.class);

    @Override
    public String partner() {
        return PartnerEvents.HEALTH_INSURANCE;
    }

    /** Printed with the ID number masked: it is personal data. */
    @Override
    public String toString() {
        return MaskedText.of(this);
    }
}

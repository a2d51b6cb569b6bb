package io.zhucan.platform.events.partner;

import io.zhucan.platform.events.MaskedText;
import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PartnerFact;
import io.zhucan.platform.events.vocabulary.CareScheme;
import java.time.Instant;
import java.time.LocalDate;

/** Health insurance: the person receives a care benefit (e.g. long-term-care insurance) from a date. */
public record CareBenefitStarted(
        String factId,
        Instant occurredAt,
        String idNumber,
        CareScheme scheme,
        LocalDate startedOn) implements PartnerFact {

    public static final EventType<CareBenefitStarted> TYPE =
            PartnerEvents.healthInsurance("care-benefit.started", CareBenefitStarted.class);

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

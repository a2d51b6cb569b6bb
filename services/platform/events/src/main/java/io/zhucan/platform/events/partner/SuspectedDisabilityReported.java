package io.zhucan.platform.events.partner;

import io.zhucan.platform.events.MaskedText;
import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PartnerFact;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Health insurance or a hospital screened a child as a suspected disability case (疑似残疾儿童),
 * before any certificate: the child may receive rehabilitation support (残疾儿童康复救助) at once.
 */
public record SuspectedDisabilityReported(
        String factId,
        Instant occurredAt,
        String idNumber,
        String county,
        LocalDate screenedOn) implements PartnerFact {

    public static final EventType<SuspectedDisabilityReported> TYPE =
            PartnerEvents.healthInsurance("suspected-disability.reported", SuspectedDisabilityReported.class);

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

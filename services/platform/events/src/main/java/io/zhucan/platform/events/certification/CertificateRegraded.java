package io.zhucan.platform.events.certification;

import io.zhucan.platform.events.MaskedText;
import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A reassessment changed the category or grade; the certificate number changes with them. */
public record CertificateRegraded(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID certificateId,
        String certificateNumber,
        DisabilityCategory previousCategory,
        DisabilityGrade previousGrade,
        DisabilityCategory category,
        DisabilityGrade grade,
        List<Disability> disabilities,
        String householdCounty,
        LocalDate effectiveOn) implements PersonEvent {

    public static final EventType<CertificateRegraded> TYPE =
            CertificationEvents.type("certificate.regraded", CertificateRegraded.class);

    /** Printed with the ID number masked: it is personal data. */
    @Override
    public String toString() {
        return MaskedText.of(this);
    }
}

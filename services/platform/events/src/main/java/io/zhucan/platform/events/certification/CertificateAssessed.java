package io.zhucan.platform.events.certification;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A designated institution recorded the disability assessment (评定) of an application. */
public record CertificateAssessed(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID applicationId,
        DisabilityCategory category,
        DisabilityGrade grade,
        List<Disability> disabilities,
        String institution,
        LocalDate assessedOn) implements PersonEvent {

    public static final EventType<CertificateAssessed> TYPE =
            CertificationEvents.type("certificate.assessed", CertificateAssessed.class);
}

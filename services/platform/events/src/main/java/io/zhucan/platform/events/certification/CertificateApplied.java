package io.zhucan.platform.events.certification;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import io.zhucan.platform.events.vocabulary.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An application for a disability certificate was registered (申请). */
public record CertificateApplied(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID applicationId,
        String householdCounty,
        String acceptingCounty,
        ApplicationChannel channel,
        boolean homeAssessmentRequested,
        LocalDate birthDate,
        Sex sex) implements PersonEvent {

    public static final EventType<CertificateApplied> TYPE =
            CertificationEvents.type("certificate.applied", CertificateApplied.class);
}

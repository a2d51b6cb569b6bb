package io.zhucan.platform.events.certification;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A suspended certificate is valid again. */
public record CertificateReinstated(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID certificateId,
        String householdCounty,
        LocalDate effectiveOn) implements PersonEvent {

    public static final EventType<CertificateReinstated> TYPE =
            CertificationEvents.type("certificate.reinstated", CertificateReinstated.class);
}

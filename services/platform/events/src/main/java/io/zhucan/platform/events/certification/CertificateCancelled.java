package io.zhucan.platform.events.certification;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The certificate was cancelled (注销); {@code effectiveOn} is the date of death for deaths. */
public record CertificateCancelled(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID certificateId,
        String householdCounty,
        CancellationReason reason,
        LocalDate effectiveOn) implements PersonEvent {

    public static final EventType<CertificateCancelled> TYPE =
            CertificationEvents.type("certificate.cancelled", CertificateCancelled.class);
}

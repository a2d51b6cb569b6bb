package io.zhucan.platform.events.certification;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The certificate was suspended (暂停), e.g. during a verification; benefits tied to it pause. */
public record CertificateSuspended(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID certificateId,
        String householdCounty,
        String reason,
        LocalDate effectiveOn) implements PersonEvent {

    public static final EventType<CertificateSuspended> TYPE =
            CertificationEvents.type("certificate.suspended", CertificateSuspended.class);
}

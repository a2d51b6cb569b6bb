package io.zhucan.platform.events.certification;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The household registration moved to another county (迁移): that county now owns the case. */
public record CertificateTransferred(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID certificateId,
        String fromCounty,
        String toCounty,
        LocalDate effectiveOn) implements PersonEvent {

    public static final EventType<CertificateTransferred> TYPE =
            CertificationEvents.type("certificate.transferred", CertificateTransferred.class);
}

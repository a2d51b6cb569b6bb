package io.zhucan.platform.events.certification;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The validity period ended without renewal; benefits are suspended until it is renewed. */
public record CertificateExpired(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID certificateId,
        String householdCounty,
        LocalDate expiredOn) implements PersonEvent {

    public static final EventType<CertificateExpired> TYPE =
            CertificationEvents.type("certificate.expired", CertificateExpired.class);
}

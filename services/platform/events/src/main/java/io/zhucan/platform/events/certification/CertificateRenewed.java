package io.zhucan.platform.events.certification;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The certificate was renewed (换领): a new validity period starts. */
public record CertificateRenewed(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID certificateId,
        String householdCounty,
        LocalDate renewedOn,
        LocalDate validUntil) implements PersonEvent {

    public static final EventType<CertificateRenewed> TYPE =
            CertificationEvents.type("certificate.renewed", CertificateRenewed.class);
}

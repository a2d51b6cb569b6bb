package io.zhucan.platform.events.certification;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A lost or damaged certificate was reissued (补办); the old verification code no longer verifies. */
public record CertificateReissued(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID certificateId,
        String householdCounty,
        LocalDate reissuedOn) implements PersonEvent {

    public static final EventType<CertificateReissued> TYPE =
            CertificationEvents.type("certificate.reissued", CertificateReissued.class);
}

package io.zhucan.platform.events.certification;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import java.time.Instant;
import java.util.UUID;

/** The county review rejected an application (审核不通过), with the reason given to the applicant. */
public record CertificateRejected(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID applicationId,
        String householdCounty,
        String reason) implements PersonEvent {

    public static final EventType<CertificateRejected> TYPE =
            CertificationEvents.type("certificate.rejected", CertificateRejected.class);
}

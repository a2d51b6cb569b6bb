package io.zhucan.platform.events.certification;

import io.zhucan.platform.events.MaskedText;
import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A disability certificate was issued after approval (审核通过, 发证). The event every other service
 * reacts to: subsidies are evaluated, rehabilitation needs opened, employment outreach created.
 * {@code migrated}: imported from the legacy system, where the person already held it (no welcome, no
 * notification flood; absent, i.e. false, in events written before the field existed).
 */
public record CertificateIssued(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID certificateId,
        UUID applicationId,
        String certificateNumber,
        DisabilityCategory category,
        DisabilityGrade grade,
        List<Disability> disabilities,
        String householdCounty,
        LocalDate birthDate,
        Sex sex,
        LocalDate issuedOn,
        LocalDate validUntil,
        boolean migrated) implements PersonEvent {

    /** A certificate issued on this platform (not migrated). */
    public CertificateIssued(UUID eventId, Instant occurredAt, UUID personId, UUID certificateId, UUID applicationId,
            String certificateNumber, DisabilityCategory category, DisabilityGrade grade, List<Disability> disabilities,
            String householdCounty, LocalDate birthDate, Sex sex, LocalDate issuedOn, LocalDate validUntil) {
        this(eventId, occurredAt, personId, certificateId, applicationId, certificateNumber, category, grade,
                disabilities, householdCounty, birthDate, sex, issuedOn, validUntil, false);
    }

    public static final EventType<CertificateIssued> TYPE =
            CertificationEvents.type("certificate.issued", CertificateIssued.class);

    /** Printed with the ID number masked: it is personal data. */
    @Override
    public String toString() {
        return MaskedText.of(this);
    }
}

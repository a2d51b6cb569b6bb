package io.zhucan.platform.events.certification;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.MaskedText;
import io.zhucan.platform.events.PersonEvent;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A disability certificate was issued after approval (审核通过, 发证). The event every other service
 * reacts to: subsidies are evaluated, rehabilitation needs opened, employment outreach created.
 * {@code migrated} is true for a certificate imported from the legacy system (docs/migration.md): the
 * holder had it already, so consumers keep their records but reach out to nobody; absent otherwise.
 * {@code householdTownship} is the holder's township (乡镇/街道, nine digits) in the household county
 * where certification knows it, which is what a township worker's scope reaches; absent otherwise (the
 * person is the county's). A transfer to another county makes it unknown again.
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
        @Nullable Boolean migrated,
        @Nullable String householdTownship) implements PersonEvent {

    public static final EventType<CertificateIssued> TYPE =
            CertificationEvents.type("certificate.issued", CertificateIssued.class);

    /** A certificate issued on this platform (not migrated). */
    public CertificateIssued(UUID eventId, Instant occurredAt, UUID personId, UUID certificateId, UUID applicationId,
            String certificateNumber, DisabilityCategory category, DisabilityGrade grade, List<Disability> disabilities,
            String householdCounty, LocalDate birthDate, Sex sex, LocalDate issuedOn, LocalDate validUntil) {
        this(eventId, occurredAt, personId, certificateId, applicationId, certificateNumber, category, grade,
                disabilities, householdCounty, birthDate, sex, issuedOn, validUntil, null, null);
    }

    /** A certificate, migrated or not, of a holder whose township is not known. */
    public CertificateIssued(UUID eventId, Instant occurredAt, UUID personId, UUID certificateId, UUID applicationId,
            String certificateNumber, DisabilityCategory category, DisabilityGrade grade, List<Disability> disabilities,
            String householdCounty, LocalDate birthDate, Sex sex, LocalDate issuedOn, LocalDate validUntil,
            @Nullable Boolean migrated) {
        this(eventId, occurredAt, personId, certificateId, applicationId, certificateNumber, category, grade,
                disabilities, householdCounty, birthDate, sex, issuedOn, validUntil, migrated, null);
    }

    /** Whether the holder had this certificate in the legacy system already (nobody is to be contacted for it). */
    public boolean wasMigrated() {
        return Boolean.TRUE.equals(migrated);
    }

    /** Printed with the ID number masked: it is personal data. */
    @Override
    public String toString() {
        return MaskedText.of(this);
    }
}

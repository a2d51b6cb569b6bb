package io.zhucan.certification.certificate.application;

import io.zhucan.certification.certificate.Certificate;
import io.zhucan.certification.person.Person;
import io.zhucan.certification.shared.Disability;
import io.zhucan.platform.events.certification.CertificateCancelled;
import io.zhucan.platform.events.certification.CertificateExpired;
import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.certification.CertificateRegraded;
import io.zhucan.platform.events.certification.CertificateReinstated;
import io.zhucan.platform.events.certification.CertificateReissued;
import io.zhucan.platform.events.certification.CertificateRenewed;
import io.zhucan.platform.events.certification.CertificateSuspended;
import io.zhucan.platform.events.certification.CertificateTransferred;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Certificate changes as integration events (the contracts of platform-events). */
public final class CertificateEvents {

    static CertificateIssued issued(Certificate c, Person holder, UUID applicationId, Instant now) {
        return new CertificateIssued(UUID.randomUUID(), now, c.personId(), c.id(), applicationId, c.number(),
                c.category(), c.grade(), disabilities(c.disabilities()), c.householdCounty(), holder.birthDate(),
                holder.sex(), c.issuedOn(), c.validUntil(), null, townshipIn(holder, c.householdCounty()));
    }

    /** The holder's township if it lies in the certificate's county (a township worker's scope), else not known. */
    private static @Nullable String townshipIn(Person holder, String county) {
        String place = holder.placeIn(county);
        return place.equals(county) ? null : place;
    }

    static CertificateRenewed renewed(Certificate c, Instant now) {
        return new CertificateRenewed(UUID.randomUUID(), now, c.personId(), c.id(), c.householdCounty(), c.issuedOn(),
                c.validUntil());
    }

    static CertificateRegraded regraded(Certificate before, Certificate after, LocalDate today, Instant now) {
        return new CertificateRegraded(UUID.randomUUID(), now, after.personId(), after.id(), after.number(),
                before.category(), before.grade(), after.category(), after.grade(), disabilities(after.disabilities()),
                after.householdCounty(), today);
    }

    static CertificateTransferred transferred(Certificate before, Certificate after, LocalDate today, Instant now) {
        return new CertificateTransferred(UUID.randomUUID(), now, after.personId(), after.id(),
                before.householdCounty(), after.householdCounty(), today);
    }

    static CertificateReissued reissued(Certificate c, LocalDate today, Instant now) {
        return new CertificateReissued(UUID.randomUUID(), now, c.personId(), c.id(), c.householdCounty(), today);
    }

    static CertificateSuspended suspended(Certificate c, LocalDate today, Instant now) {
        return new CertificateSuspended(UUID.randomUUID(), now, c.personId(), c.id(), c.householdCounty(),
                c.statusReason(), today);
    }

    static CertificateReinstated reinstated(Certificate c, LocalDate today, Instant now) {
        return new CertificateReinstated(UUID.randomUUID(), now, c.personId(), c.id(), c.householdCounty(), today);
    }

    static CertificateExpired expired(Certificate c, Instant now) {
        return new CertificateExpired(UUID.randomUUID(), now, c.personId(), c.id(), c.householdCounty(),
                c.validUntil().plusDays(1));
    }

    static CertificateCancelled cancelled(Certificate c, Instant now) {
        return new CertificateCancelled(UUID.randomUUID(), now, c.personId(), c.id(), c.householdCounty(),
                c.cancellationReason(), c.cancelledOn());
    }

    public static List<io.zhucan.platform.events.certification.Disability> disabilities(List<Disability> disabilities) {
        return disabilities.stream()
                .map(d -> new io.zhucan.platform.events.certification.Disability(d.category(), d.grade()))
                .toList();
    }

    private CertificateEvents() {
    }
}

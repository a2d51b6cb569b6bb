package io.zhucan.certification.certificate.web;

import io.zhucan.certification.certificate.Certificate;
import io.zhucan.certification.certificate.CertificateStatus;
import io.zhucan.certification.shared.Disability;
import io.zhucan.certification.person.Person;
import io.zhucan.certification.shared.web.PersonalDataView;
import io.zhucan.platform.events.certification.CancellationReason;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.security.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A certificate as staff see it; numbers masked for roles that do not need them in clear. */
public record CertificateResponse(
        UUID id,
        UUID personId,
        String holderName,
        String number,
        DisabilityCategory category,
        String categoryName,
        DisabilityGrade grade,
        String gradeName,
        List<Disability> disabilities,
        String householdCounty,
        LocalDate issuedOn,
        LocalDate validUntil,
        CertificateStatus status,
        @Nullable String statusReason,
        @Nullable CancellationReason cancellationReason,
        @Nullable LocalDate cancelledOn) {

    static CertificateResponse of(Certificate c, Person holder, CurrentUser viewer) {
        return new CertificateResponse(c.id(), c.personId(), holder.name(),
                PersonalDataView.certificateNumber(viewer, c.number()), c.category(), c.category().chineseName(),
                c.grade(), c.grade().chineseName(), c.disabilities(), c.householdCounty(), c.issuedOn(),
                c.validUntil(), c.status(), c.statusReason(), c.cancellationReason(), c.cancelledOn());
    }
}

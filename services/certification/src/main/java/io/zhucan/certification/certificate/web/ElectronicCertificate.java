package io.zhucan.certification.certificate.web;

import io.zhucan.certification.certificate.Certificate;
import io.zhucan.certification.certificate.CertificateStatus;
import io.zhucan.certification.person.Person;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.Sex;
import java.time.LocalDate;

/**
 * The holder's electronic certificate (电子残疾人证): what the card shows, plus the verification
 * code a checker enters (or scans) at {@code verificationPath}.
 */
public record ElectronicCertificate(
        String number,
        String name,
        Sex sex,
        LocalDate birthDate,
        DisabilityCategory category,
        String categoryName,
        DisabilityGrade grade,
        String gradeName,
        String householdCounty,
        LocalDate issuedOn,
        LocalDate validUntil,
        CertificateStatus status,
        String verificationCode,
        String verificationPath) {

    static ElectronicCertificate of(Certificate c, Person holder) {
        return new ElectronicCertificate(c.number(), holder.name(), holder.sex(), holder.birthDate(), c.category(),
                c.category().chineseName(), c.grade(), c.grade().chineseName(), c.householdCounty(), c.issuedOn(),
                c.validUntil(), c.status(), c.verificationCode(),
                "/api/certification/verify/" + c.verificationCode());
    }
}

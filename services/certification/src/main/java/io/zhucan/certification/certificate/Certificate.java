package io.zhucan.certification.certificate;

import io.zhucan.certification.shared.Disability;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.platform.domain.ConflictException;
import io.zhucan.platform.domain.IllegalTransitionException;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.certification.CancellationReason;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A disability certificate (残疾人证). Its number is the holder's ID number followed by the
 * category digit and the grade digit; its verification code lets anyone check that it is valid
 * without learning anything else. Every change returns a new value; illegal changes throw.
 */
public record Certificate(
        UUID id,
        UUID personId,
        String number,
        DisabilityCategory category,
        DisabilityGrade grade,
        List<Disability> disabilities,
        String householdCounty,
        LocalDate issuedOn,
        LocalDate validUntil,
        CertificateStatus status,
        String verificationCode,
        @Nullable String statusReason,
        @Nullable CancellationReason cancellationReason,
        @Nullable LocalDate cancelledOn,
        long version) {

    public Certificate {
        disabilities = List.copyOf(disabilities);
    }

    public static Certificate issue(UUID id, UUID personId, ResidentIdNumber idNumber, Assessment assessment,
            String householdCounty, LocalDate today, Validity validity, String verificationCode) {
        return new Certificate(id, personId, numberOf(idNumber, assessment.category(), assessment.grade()),
                assessment.category(), assessment.grade(), assessment.disabilities(), householdCounty, today,
                validity.until(today), CertificateStatus.VALID, verificationCode, null, null, null, 0);
    }

    /** Certificate number: the 18-character ID number + category digit + grade digit. */
    public static String numberOf(ResidentIdNumber idNumber, DisabilityCategory category, DisabilityGrade grade) {
        return idNumber.value() + category.digit() + grade.level();
    }

    public Certificate renew(LocalDate today, Validity validity) {
        require(CertificateAction.RENEW);
        if (status == CertificateStatus.VALID && today.isBefore(validity.renewableFrom(validUntil))) {
            throw new ConflictException("renewal-window", "the certificate can be renewed from "
                    + validity.renewableFrom(validUntil));
        }
        return with(CertificateStatus.VALID, null, today, validity.until(today));
    }

    public Certificate regrade(ResidentIdNumber idNumber, Assessment reassessment) {
        require(CertificateAction.REGRADE);
        return new Certificate(id, personId, numberOf(idNumber, reassessment.category(), reassessment.grade()),
                reassessment.category(), reassessment.grade(), reassessment.disabilities(), householdCounty, issuedOn,
                validUntil, status, verificationCode, statusReason, null, null, version);
    }

    /** Refuses a transfer this certificate cannot make (asked for now, made when the destination accepts). */
    public void checkTransferTo(String toCounty) {
        require(CertificateAction.TRANSFER);
        if (toCounty.equals(householdCounty)) {
            throw new RuleViolationException("transfer", "the certificate is already registered in that county");
        }
    }

    public Certificate transfer(String toCounty) {
        checkTransferTo(toCounty);
        return new Certificate(id, personId, number, category, grade, disabilities, toCounty, issuedOn, validUntil,
                status, verificationCode, statusReason, null, null, version);
    }

    public Certificate reissue(String newVerificationCode) {
        require(CertificateAction.REISSUE);
        return new Certificate(id, personId, number, category, grade, disabilities, householdCounty, issuedOn,
                validUntil, status, newVerificationCode, statusReason, null, null, version);
    }

    public Certificate suspend(String reason) {
        require(CertificateAction.SUSPEND);
        return with(CertificateStatus.SUSPENDED, reason, issuedOn, validUntil);
    }

    public Certificate reinstate() {
        require(CertificateAction.REINSTATE);
        return with(CertificateStatus.VALID, null, issuedOn, validUntil);
    }

    public Certificate expire(LocalDate today) {
        require(CertificateAction.EXPIRE);
        if (!validUntil.isBefore(today)) {
            throw new IllegalTransitionException("the certificate is valid until " + validUntil);
        }
        return with(CertificateStatus.EXPIRED, null, issuedOn, validUntil);
    }

    public Certificate cancel(CancellationReason reason, LocalDate effectiveOn) {
        require(CertificateAction.CANCEL);
        return new Certificate(id, personId, number, category, grade, disabilities, householdCounty, issuedOn,
                validUntil, CertificateStatus.CANCELLED, verificationCode, reason.name(), reason, effectiveOn, version);
    }

    /** What the public verification endpoint answers: valid or not, nothing else. */
    public boolean verifies(LocalDate today) {
        return status == CertificateStatus.VALID && !validUntil.isBefore(today);
    }

    public boolean allows(CertificateAction action) {
        return action.allowedFrom(status);
    }

    private void require(CertificateAction action) {
        if (!allows(action)) {
            throw new IllegalTransitionException("a " + status.name().toLowerCase() + " certificate cannot "
                    + action.name().toLowerCase());
        }
    }

    private Certificate with(CertificateStatus newStatus, @Nullable String reason, LocalDate newIssuedOn,
            LocalDate newValidUntil) {
        return new Certificate(id, personId, number, category, grade, disabilities, householdCounty, newIssuedOn,
                newValidUntil, newStatus, verificationCode, reason, null, null, version);
    }
}

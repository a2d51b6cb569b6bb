package io.zhucan.certification.intake.web;

import io.zhucan.certification.certificate.Assessment;
import io.zhucan.certification.shared.Disability;
import io.zhucan.certification.intake.ApplicationKind;
import io.zhucan.certification.intake.ApplicationStatus;
import io.zhucan.certification.intake.CertificateApplication;
import io.zhucan.certification.intake.Review;
import io.zhucan.certification.person.Person;
import io.zhucan.certification.shared.web.PersonalDataView;
import io.zhucan.platform.events.certification.ApplicationChannel;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.Sex;
import io.zhucan.platform.security.CurrentUser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An application as the API shows it; the applicant's ID number is masked for roles that do not need it. */
public record ApplicationResponse(
        UUID id,
        ApplicationKind kind,
        @Nullable UUID certificateId,
        Applicant applicant,
        String householdCounty,
        String acceptingCounty,
        ApplicationChannel channel,
        boolean homeAssessmentRequested,
        String registeredBy,
        Instant submittedAt,
        ApplicationStatus status,
        LocalDate stepDueOn,
        boolean overdue,
        @Nullable AssessmentResult assessment,
        @Nullable Decision review) {

    public record Applicant(UUID personId, String name, String idNumber, LocalDate birthDate, Sex sex) {
    }

    public record AssessmentResult(DisabilityCategory category, DisabilityGrade grade, List<Disability> disabilities,
            String institution, String assessedBy, LocalDate assessedOn) {
    }

    public record Decision(String reviewer, boolean approved, @Nullable String reason, Instant at) {
    }

    static ApplicationResponse of(CertificateApplication a, Person applicant, CurrentUser viewer, LocalDate today) {
        Assessment s = a.assessment();
        Review r = a.review();
        return new ApplicationResponse(a.id(), a.kind(), a.certificateId(),
                new Applicant(applicant.id(), applicant.name(),
                        PersonalDataView.idNumber(viewer, applicant.idNumber().value()), applicant.birthDate(),
                        applicant.sex()),
                a.householdCounty(), a.acceptingCounty(), a.channel(), a.homeAssessmentRequested(), a.registeredBy(),
                a.submittedAt(), a.status(), a.stepDueOn(), a.isOverdue(today),
                s == null ? null : new AssessmentResult(s.category(), s.grade(), s.disabilities(), s.institution(),
                        s.assessor(), s.assessedOn()),
                r == null ? null : new Decision(r.reviewer(), r.approved(), r.reason(), r.at()));
    }
}

package io.zhucan.certification.intake;

import io.zhucan.certification.certificate.Assessment;
import io.zhucan.platform.domain.FourEyesViolationException;
import io.zhucan.platform.domain.IllegalTransitionException;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.certification.ApplicationChannel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An application for a certificate (or a reassessment). Any county may accept it (通办); the county
 * of household registration assesses and reviews it. The reviewer is never the user who registered
 * the application or recorded the assessment (four-eyes). Every step has a due date; a case past it
 * is overdue.
 */
public record CertificateApplication(
        UUID id,
        UUID personId,
        ApplicationKind kind,
        @Nullable UUID certificateId,
        String householdCounty,
        String acceptingCounty,
        ApplicationChannel channel,
        boolean homeAssessmentRequested,
        String registeredBy,
        Instant submittedAt,
        ApplicationStatus status,
        LocalDate stepDueOn,
        @Nullable Assessment assessment,
        @Nullable Review review,
        long version) {

    public static CertificateApplication submit(UUID id, UUID personId, ApplicationKind kind, @Nullable UUID certificateId,
            String householdCounty, String acceptingCounty, ApplicationChannel channel, boolean homeAssessment,
            String registeredBy, Instant now, LocalDate today, TimeLimits limits) {
        if (kind == ApplicationKind.REASSESSMENT && certificateId == null) {
            throw new RuleViolationException("reassessment", "a reassessment names the certificate it reassesses");
        }
        return new CertificateApplication(id, personId, kind, certificateId, householdCounty, acceptingCounty, channel,
                homeAssessment, registeredBy, now, ApplicationStatus.SUBMITTED, limits.assessmentDue(householdCounty, today), null, null,
                0);
    }

    public CertificateApplication recordAssessment(Assessment result, LocalDate today, TimeLimits limits) {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new IllegalTransitionException("only a submitted application can be assessed; this one is "
                    + status.name().toLowerCase());
        }
        return new CertificateApplication(id, personId, kind, certificateId, householdCounty, acceptingCounty, channel,
                homeAssessmentRequested, registeredBy, submittedAt, ApplicationStatus.ASSESSED,
                limits.reviewDue(householdCounty, today), result, null, version);
    }

    public CertificateApplication approve(String reviewer, Instant now) {
        if (status != ApplicationStatus.ASSESSED) {
            throw new IllegalTransitionException("only an assessed application can be approved; this one is "
                    + status.name().toLowerCase());
        }
        requireFourEyes(reviewer);
        return decided(new Review(reviewer, true, null, now), ApplicationStatus.APPROVED);
    }

    public CertificateApplication reject(String reviewer, String reason, Instant now) {
        if (!status.isOpen()) {
            throw new IllegalTransitionException("a " + status.name().toLowerCase() + " application cannot be rejected");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("rejection-reason", "a rejection states its reason");
        }
        requireFourEyes(reviewer);
        return decided(new Review(reviewer, false, reason.strip(), now), ApplicationStatus.REJECTED);
    }

    /** Links the certificate an approved first application issued. */
    public CertificateApplication issued(UUID certificate) {
        return new CertificateApplication(id, personId, kind, certificate, householdCounty, acceptingCounty, channel,
                homeAssessmentRequested, registeredBy, submittedAt, status, stepDueOn, assessment, review, version);
    }

    /** Closes an open application without a decision (the applicant died). */
    public CertificateApplication close(String reason, Instant now) {
        if (!status.isOpen()) {
            throw new IllegalTransitionException("a " + status.name().toLowerCase() + " application cannot be closed");
        }
        return decided(new Review("system", false, reason, now), ApplicationStatus.CLOSED);
    }

    /**
     * The open step's due date counted again (the calendar changed): from the day the application
     * was submitted, or the day of the assessment, as when the step began.
     */
    public CertificateApplication rescheduled(TimeLimits limits, ZoneId zone) {
        LocalDate due = switch (status) {
            case SUBMITTED -> limits.assessmentDue(householdCounty, LocalDate.ofInstant(submittedAt, zone));
            case ASSESSED -> limits.reviewDue(householdCounty, assessment.assessedOn());
            default -> stepDueOn;
        };
        return new CertificateApplication(id, personId, kind, certificateId, householdCounty, acceptingCounty, channel,
                homeAssessmentRequested, registeredBy, submittedAt, status, due, assessment, review, version);
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && today.isAfter(stepDueOn);
    }

    private void requireFourEyes(String reviewer) {
        if (reviewer.equals(registeredBy)) {
            throw new FourEyesViolationException("the reviewer may not be the user who registered the application");
        }
        if (assessment != null && reviewer.equals(assessment.assessor())) {
            throw new FourEyesViolationException("the reviewer may not be the user who recorded the assessment");
        }
    }

    private CertificateApplication decided(Review decision, ApplicationStatus newStatus) {
        return new CertificateApplication(id, personId, kind, certificateId, householdCounty, acceptingCounty, channel,
                homeAssessmentRequested, registeredBy, submittedAt, newStatus, stepDueOn, assessment, decision, version);
    }
}

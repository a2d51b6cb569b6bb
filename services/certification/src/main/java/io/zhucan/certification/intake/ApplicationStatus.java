package io.zhucan.certification.intake;

/** Where an application is in the workflow: applied → assessed → approved / rejected (or closed). */
public enum ApplicationStatus {
    /** waiting for the assessment (评定), within the assessment time limit */
    SUBMITTED,
    /** waiting for the county review (审核), within the review time limit */
    ASSESSED,
    APPROVED,
    REJECTED,
    /** closed without decision, e.g. the applicant died */
    CLOSED;

    public boolean isOpen() {
        return this == SUBMITTED || this == ASSESSED;
    }
}

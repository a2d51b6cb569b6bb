package io.zhucan.certification.intake;

/** What the application asks for. */
public enum ApplicationKind {
    /** a first certificate (or a new one after cancellation) */
    FIRST_CERTIFICATE,
    /** a reassessment of a valid certificate: an approved one regrades it */
    REASSESSMENT
}

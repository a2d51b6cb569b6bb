package io.zhucan.rehabilitation.child;

/**
 * Where a guardianship fact comes from. The extension point: a civil-affairs or public-security
 * guardianship fact, once the platform receives one, is stored as its own source beside these.
 */
public enum GuardianshipSource {
    /** Recorded by a caseworker of the child's county from the documents shown at the office. */
    CASEWORKER
}

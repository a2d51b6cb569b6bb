package io.zhucan.platform.events.employment;

/** What a job seeker's consent covers. */
public enum ConsentScope {
    /** Being matched to jobs and referred to them. */
    MATCHING,
    /** Employers with a matching job may see the profile (without name or ID number). */
    EMPLOYER_VIEW
}

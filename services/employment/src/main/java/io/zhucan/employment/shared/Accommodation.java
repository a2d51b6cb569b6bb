package io.zhucan.employment.shared;

/**
 * A workplace adjustment: what a seeker needs and what a job offers. A seeker who needs one is
 * never proposed a job that does not offer it (a hard constraint of matching).
 */
public enum Accommodation {
    STEP_FREE_ACCESS,
    ACCESSIBLE_TOILET,
    SIGN_LANGUAGE_SUPPORT,
    SCREEN_READER_TOOLS,
    FLEXIBLE_HOURS,
    QUIET_WORKSPACE,
    SUPPORTED_EMPLOYMENT_COACH
}

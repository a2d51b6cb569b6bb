package io.zhucan.platform.events.vocabulary;

/** Other public care benefits that may exclude the nursing allowance (policy decides which). */
public enum CareScheme {
    /** 长期护理保险 (health insurance) */
    LONG_TERM_CARE_INSURANCE,
    /** 工伤保险护理费 (work-injury insurance nursing allowance) */
    WORK_INJURY_NURSING
}

package io.zhucan.subsidy.policy;

import java.util.List;

/** Stable ids of the eligibility rules; decisions name the rules that failed by these ids. */
public final class RuleIds {

    public static final String LIVING_ALIVE = "LIVING.ALIVE";
    public static final String LIVING_CERTIFICATE_VALID = "LIVING.CERTIFICATE_VALID";
    public static final String LIVING_LOW_INCOME = "LIVING.LOW_INCOME";
    public static final String LIVING_EXCLUDE_ORPHAN_ALLOWANCE = "LIVING.EXCLUDE.ORPHAN_ALLOWANCE";
    public static final String LIVING_AMOUNT = "LIVING.AMOUNT";

    public static final String NURSING_ALIVE = "NURSING.ALIVE";
    public static final String NURSING_CERTIFICATE_VALID = "NURSING.CERTIFICATE_VALID";
    public static final String NURSING_SEVERE_GRADE = "NURSING.SEVERE_GRADE";
    public static final String NURSING_EXCLUDE_INSTITUTIONAL_CARE = "NURSING.EXCLUDE.INSTITUTIONAL_CARE";
    public static final String NURSING_EXCLUDE_CARE_BENEFIT = "NURSING.EXCLUDE.CARE_BENEFIT";
    public static final String NURSING_AMOUNT = "NURSING.AMOUNT";

    /** The rules whose setting (enabled, parameter) is policy data an operator may edit. */
    public static final List<String> CONFIGURABLE = List.of(LIVING_LOW_INCOME, LIVING_EXCLUDE_ORPHAN_ALLOWANCE,
            NURSING_SEVERE_GRADE, NURSING_EXCLUDE_INSTITUTIONAL_CARE, NURSING_EXCLUDE_CARE_BENEFIT);

    /** Missing facts that make a case undecidable. */
    public static final String MISSING_INSTITUTIONAL_CARE = "INSTITUTIONAL_CARE";
    public static final String MISSING_LIVING_AMOUNT = "POLICY.AMOUNT.LIVING";
    public static final String MISSING_NURSING_AMOUNT = "POLICY.AMOUNT.NURSING";

    private RuleIds() {
    }
}

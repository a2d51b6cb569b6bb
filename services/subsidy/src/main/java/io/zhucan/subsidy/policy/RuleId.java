package io.zhucan.subsidy.policy;

import java.util.Arrays;
import java.util.Optional;

/** The eligibility rules by their stable ids; decisions name the rules that failed by these ids. */
public enum RuleId {
    LIVING_ALIVE("LIVING.ALIVE", false),
    LIVING_CERTIFICATE_VALID("LIVING.CERTIFICATE_VALID", false),
    LIVING_LOW_INCOME("LIVING.LOW_INCOME", true),
    /** Off by default: the living allowance by civil affairs' income assessment (seed 004), beside the status. */
    LIVING_INCOME("LIVING.INCOME", true),
    LIVING_EXCLUDE_ORPHAN_ALLOWANCE("LIVING.EXCLUDE.ORPHAN_ALLOWANCE", true),
    NURSING_ALIVE("NURSING.ALIVE", false),
    NURSING_CERTIFICATE_VALID("NURSING.CERTIFICATE_VALID", false),
    NURSING_SEVERE_GRADE("NURSING.SEVERE_GRADE", true),
    NURSING_EXCLUDE_INSTITUTIONAL_CARE("NURSING.EXCLUDE.INSTITUTIONAL_CARE", true),
    NURSING_EXCLUDE_CARE_BENEFIT("NURSING.EXCLUDE.CARE_BENEFIT", true);

    private final String id;
    private final boolean configurable;

    RuleId(String id, boolean configurable) {
        this.id = id;
        this.configurable = configurable;
    }

    /** The id in decisions, events and the policy tables, e.g. {@code LIVING.LOW_INCOME}. */
    public String id() {
        return id;
    }

    /** Whether its setting (enabled, parameter) is policy data an operator may edit. */
    public boolean configurable() {
        return configurable;
    }

    public static Optional<RuleId> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}

package io.zhucan.certification.policy;

import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import org.jspecify.annotations.Nullable;

/** One row of the validity table: holders aged {@code minAge..maxAge} (of a category, or any). */
public record ValidityRule(int minAge, int maxAge, @Nullable DisabilityCategory category, int validYears,
        int renewalWindowDays, String note) {

    public ValidityRule {
        if (minAge < 0 || maxAge < minAge) {
            throw new RuleViolationException("validity-ages", "an age band runs from a minimum to a maximum of at least it");
        }
        if (validYears < 1 || renewalWindowDays < 0) {
            throw new RuleViolationException("validity-term",
                    "a certificate is valid for at least a year and its renewal window is not negative");
        }
    }

    public boolean covers(int age, DisabilityCategory holderCategory) {
        return age >= minAge && age <= maxAge && (category == null || category == holderCategory);
    }

    boolean overlaps(ValidityRule other) {
        return category == other.category && minAge <= other.maxAge && other.minAge <= maxAge;
    }
}

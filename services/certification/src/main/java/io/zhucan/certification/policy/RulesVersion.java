package io.zhucan.certification.policy;

import io.zhucan.certification.intake.TimeLimits.StepDays;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One immutable version of a region's certification rules from {@code effectiveFrom}: a validity
 * table, step time limits, or both (what it leaves out, the next level up still decides).
 */
public record RulesVersion(long version, String region, LocalDate effectiveFrom, List<ValidityRule> validity,
        @Nullable StepDays stepDays, String createdBy, Instant createdAt, String reason) {

    /** The oldest and youngest ages a general validity table must cover without a gap. */
    static final int OLDEST = 200;

    public RulesVersion {
        validity = List.copyOf(validity);
    }

    /**
     * A new version as an operator proposes it: it takes effect from tomorrow at the earliest, so
     * no certificate issued and no step begun today changes under its holder.
     */
    public static RulesVersion propose(String region, LocalDate effectiveFrom, List<ValidityRule> validity,
            @Nullable StepDays stepDays, String createdBy, String reason, LocalDate today, Instant now) {
        if (!effectiveFrom.isAfter(today)) {
            throw new RuleViolationException("rules-effective-date", "a new version takes effect from tomorrow at the earliest");
        }
        if (validity.isEmpty() && stepDays == null) {
            throw new RuleViolationException("rules-content", "a version carries a validity table, step time limits or both");
        }
        if (stepDays != null && (stepDays.assessment() < 1 || stepDays.review() < 1)) {
            throw new RuleViolationException("step-days", "each step has at least one working day");
        }
        requireCoherent(validity);
        return new RulesVersion(0, region, effectiveFrom, validity, stepDays, createdBy, now, reason);
    }

    public boolean hasValidity() {
        return !validity.isEmpty();
    }

    /** The category's own band wins over the general one; empty if no band covers the age. */
    public Optional<ValidityRule> validityFor(int age, DisabilityCategory category) {
        return validity.stream().filter(r -> r.covers(age, category))
                .min(Comparator.comparing(r -> r.category() == null));
    }

    /** Bands of one category never overlap, and the general bands cover every age from 0. */
    private static void requireCoherent(List<ValidityRule> validity) {
        for (int i = 0; i < validity.size(); i++) {
            for (int j = i + 1; j < validity.size(); j++) {
                if (validity.get(i).overlaps(validity.get(j))) {
                    throw new RuleViolationException("validity-overlap", "two age bands of the same category overlap");
                }
            }
        }
        if (validity.isEmpty()) {
            return;
        }
        int next = 0;
        for (ValidityRule band : validity.stream().filter(r -> r.category() == null)
                .sorted(Comparator.comparingInt(ValidityRule::minAge)).toList()) {
            if (band.minAge() != next) {
                break;
            }
            next = band.maxAge() + 1;
        }
        if (next <= OLDEST) {
            throw new RuleViolationException("validity-coverage",
                    "the general age bands cover every age from 0 to " + OLDEST + " without a gap");
        }
    }
}

package io.zhucan.certification.policy;

import io.zhucan.certification.intake.TimeLimits.StepDays;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The rules in force for a county on a day, from the versions of its county, its city and the
 * province: per table, the most specific level that has one in force decides, and within a level
 * the latest effective version.
 */
public record RegionalRules(String county, LocalDate on, List<RulesVersion> versions) {

    public RegionalRules {
        versions = List.copyOf(versions);
    }

    public Optional<ValidityRule> validityFor(int age, DisabilityCategory category) {
        return deciding(RulesVersion::hasValidity).flatMap(v -> v.validityFor(age, category));
    }

    public Optional<StepDays> stepDays() {
        return deciding(v -> v.stepDays() != null).map(RulesVersion::stepDays);
    }

    private Optional<RulesVersion> deciding(Predicate<RulesVersion> carries) {
        return versions.stream()
                .filter(v -> !v.effectiveFrom().isAfter(on) && levelOf(v) >= 0 && carries.test(v))
                .max(Comparator.comparingInt(this::levelOf).thenComparing(RulesVersion::effectiveFrom));
    }

    /** 2 the county's own, 1 its city's, 0 the province's, -1 another region's. */
    private int levelOf(RulesVersion version) {
        String region = version.region();
        if (region.equals(county)) {
            return 2;
        }
        if (region.equals(county.substring(0, 4) + "00")) {
            return 1;
        }
        return region.equals(county.substring(0, 2) + "0000") ? 0 : -1;
    }
}

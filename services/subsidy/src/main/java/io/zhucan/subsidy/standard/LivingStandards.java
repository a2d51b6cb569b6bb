package io.zhucan.subsidy.standard;

import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The living allowance of a county where its 低保 standard is known: the share in force for the
 * county and grade times the standard in force, for a given month, rounded half up to the fen.
 * Empty where the county has no standard (or no share applies): the policy's fixed amount holds.
 */
public record LivingStandards(List<DibaoStandard> standards, List<LivingShare> shares) {

    public static final LivingStandards NONE = new LivingStandards(List.of(), List.of());

    public LivingStandards {
        standards = List.copyOf(standards);
        shares = List.copyOf(shares);
    }

    public Optional<Long> livingAmount(String county, DisabilityGrade grade, YearMonth month) {
        Optional<DibaoStandard> standard = standards.stream()
                .filter(s -> s.county().equals(county) && !s.effectiveFrom().isAfter(month))
                .max(Comparator.comparing(DibaoStandard::effectiveFrom));
        Optional<LivingShare> share = shares.stream()
                .filter(s -> s.region().equals(county) || s.region().equals(LivingShare.PROVINCE))
                .filter(s -> s.grade() == null || s.grade() == grade)
                .filter(s -> !s.effectiveFrom().isAfter(month))
                .max(Comparator.comparingInt(LivingShare::specificity).thenComparing(LivingShare::effectiveFrom));
        if (standard.isEmpty() || share.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((standard.get().monthlyFen() * share.get().basisPoints() + 5_000) / 10_000);
    }
}

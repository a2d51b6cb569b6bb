package io.zhucan.employment.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.employment.outreach.CertificateHolder;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.Sex;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Quota and fund arithmetic against cases computed by hand (amounts in fen). */
class QuotaAssessmentTest {

    /** 2020–2027: 1.5%, cap 2×, ≤30 exempt, 50% due from 1% of staff counted, 90% below. */
    private static final QuotaPolicy POLICY = new QuotaPolicy(150, 200, 30, 100, 50, 90);
    /** before 2020: cap 3×, no exemption, the whole fund due. */
    private static final QuotaPolicy BEFORE_2020 = new QuotaPolicy(150, 300, 0, 0, 100, 100);
    private static final List<CountingRule> RULES = List.of(
            new CountingRule(DisabilityCategory.VISUAL, 3, 20_000),
            new CountingRule(null, 2, 20_000),
            new CountingRule(null, 4, 10_000));
    private static final UUID EMPLOYER = UUID.randomUUID();

    private static CertificateHolder employee(DisabilityCategory category, int grade, @Nullable Integer visualGrade) {
        return new CertificateHolder(UUID.randomUUID(), UUID.randomUUID(), "330102", category,
                DisabilityGrade.ofLevel(grade), visualGrade == null ? null : DisabilityGrade.ofLevel(visualGrade),
                LocalDate.of(1990, 1, 1), Sex.MALE);
    }

    private static QuotaAssessment assess(int headcount, long totalWages, List<CertificateHolder> employees,
            long localWage) {
        return QuotaAssessment.assess(EMPLOYER, 2026, headcount, totalWages, employees, POLICY, RULES, localWage);
    }

    private static List<CertificateHolder> gradeFour(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> employee(DisabilityCategory.PHYSICAL, 4, null))
                .toList();
    }

    @Test
    void countingRules() {
        assertThat(QuotaAssessment.weight(employee(DisabilityCategory.PHYSICAL, 1, null), RULES)).isEqualTo(20_000);
        assertThat(QuotaAssessment.weight(employee(DisabilityCategory.PHYSICAL, 2, null), RULES)).isEqualTo(20_000);
        assertThat(QuotaAssessment.weight(employee(DisabilityCategory.PHYSICAL, 3, null), RULES)).isEqualTo(10_000);
        assertThat(QuotaAssessment.weight(employee(DisabilityCategory.VISUAL, 3, 3), RULES)).isEqualTo(20_000);
        assertThat(QuotaAssessment.weight(employee(DisabilityCategory.VISUAL, 4, 4), RULES)).isEqualTo(10_000);
        assertThat(QuotaAssessment.weight(employee(DisabilityCategory.MULTIPLE, 3, 3), RULES))
                .as("the visual part of a multiple disability").isEqualTo(20_000);
        assertThat(QuotaAssessment.weight(employee(DisabilityCategory.HEARING, 4, null), RULES)).isEqualTo(10_000);
    }

    @Test
    void shortfallOfOnePersonAtTheCappedWage() {
        // 200 staff × 1.5% = 3 persons; a visual grade-3 employee counts 2 → 1 person short.
        // average wage 2,400,000,000 / 200 = 12,000,000 fen; cap 2 × 5,000,000 = 10,000,000;
        // 2 counted among 200 staff = 1% → half due: 1 × 10,000,000 × 50% = 5,000,000 fen
        QuotaAssessment a = assess(200, 2_400_000_000L, List.of(employee(DisabilityCategory.VISUAL, 3, 3)),
                5_000_000);

        assertThat(a.requiredTenThousandths()).isEqualTo(30_000);
        assertThat(a.countedTenThousandths()).isEqualTo(20_000);
        assertThat(a.shortfallTenThousandths()).isEqualTo(10_000);
        assertThat(a.cappedAverageWageFen()).isEqualTo(10_000_000);
        assertThat(a.fundSharePercent()).isEqualTo(50);
        assertThat(a.fundFen()).isEqualTo(5_000_000);
        assertThat(a.exempt()).isFalse();
        assertThat(a.overQuota()).isFalse();
    }

    @Test
    void fractionalShortfallBelowTheCapRoundsHalfUpToTheFen() {
        // 101 staff × 1.5% = 1.515 persons, nobody counted; average wage 606,000,001 / 101 = 6,000,000.0099 → 6,000,000
        // (cap 2 × 4,000,000 = 8,000,000 not reached); below 1% → 90%: 1.515 × 6,000,000 × 0.9 = 8,181,000 fen
        QuotaAssessment a = assess(101, 606_000_001L, List.of(), 4_000_000);

        assertThat(a.requiredTenThousandths()).isEqualTo(15_150);
        assertThat(a.cappedAverageWageFen()).isEqualTo(6_000_000);
        assertThat(a.fundSharePercent()).isEqualTo(90);
        assertThat(a.fundFen()).isEqualTo(8_181_000);
    }

    @Test
    void roundingOfTheFundToTheFen() {
        // 67 staff × 1.5% = 1.005 persons; average wage 333,333 fen; 90% due
        // → 1.005 × 333,333 × 0.9 = 301,499.6985 → 301,500 fen (rounded once, at the end)
        QuotaAssessment a = assess(67, 67L * 333_333, List.of(), 10_000_000);

        assertThat(a.fundFen()).isEqualTo(301_500);
    }

    @Test
    void smallEmployersAreExemptFromTheFundButTheirQuotaIsStillComputed() {
        QuotaAssessment thirty = assess(30, 30L * 8_000_000, List.of(), 5_000_000);
        QuotaAssessment thirtyOne = assess(31, 31L * 8_000_000, List.of(), 5_000_000);

        assertThat(thirty.exempt()).isTrue();
        assertThat(thirty.requiredTenThousandths()).isEqualTo(4_500);
        assertThat(thirty.fundFen()).isZero();
        assertThat(thirtyOne.exempt()).isFalse();
        // 31 × 1.5% = 0.465 persons × 8,000,000 × 90% = 3,348,000 fen
        assertThat(thirtyOne.fundFen()).isEqualTo(3_348_000);
    }

    @Test
    void theShareDueDependsOnWhetherOnePercentOfTheStaffIsReached() {
        // 300 staff: 4.5 required, 1% = 3 persons; average wage 10,000,000 (below the cap)
        QuotaAssessment three = assess(300, 300L * 10_000_000, gradeFour(3), 10_000_000);
        QuotaAssessment two = assess(300, 300L * 10_000_000, gradeFour(2), 10_000_000);

        // 1.5 short × 10,000,000 × 50% = 7,500,000; 2.5 short × 10,000,000 × 90% = 22,500,000
        assertThat(three.fundSharePercent()).isEqualTo(50);
        assertThat(three.fundFen()).isEqualTo(7_500_000);
        assertThat(two.fundSharePercent()).isEqualTo(90);
        assertThat(two.fundFen()).isEqualTo(22_500_000);
    }

    @Test
    void before2020TheWholeFundWasDueWithAThreefoldCapAndNoExemption() {
        // 20 staff × 1.5% = 0.3 persons; average 12,000,000, cap 3 × 5,000,000 = 15,000,000 → 3,600,000 fen
        QuotaAssessment a = QuotaAssessment.assess(EMPLOYER, 2019, 20, 20L * 12_000_000, List.of(), BEFORE_2020, RULES,
                5_000_000);

        assertThat(a.exempt()).isFalse();
        assertThat(a.fundSharePercent()).isEqualTo(100);
        assertThat(a.fundFen()).isEqualTo(3_600_000);
    }

    @Test
    void overQuotaEmployersAreFlaggedAndPayNothing() {
        // 100 staff → 1.5 required; a grade-1 and a grade-4 employee count 3
        QuotaAssessment a = assess(100, 100L * 9_000_000, List.of(employee(DisabilityCategory.PHYSICAL, 1, null),
                employee(DisabilityCategory.HEARING, 4, null)), 5_000_000);

        assertThat(a.countedTenThousandths()).isEqualTo(30_000);
        assertThat(a.shortfallTenThousandths()).isZero();
        assertThat(a.fundFen()).isZero();
        assertThat(a.overQuota()).isTrue();
    }

    @Test
    void exactlyMeetingTheQuotaIsNotOverQuota() {
        QuotaAssessment a = assess(200, 200L * 9_000_000, List.of(employee(DisabilityCategory.PHYSICAL, 2, null),
                employee(DisabilityCategory.PHYSICAL, 4, null)), 5_000_000);

        assertThat(a.shortfallTenThousandths()).isZero();
        assertThat(a.overQuota()).isFalse();
    }

    @Test
    void impossibleDeclarationsAreRefused() {
        assertThatThrownBy(() -> assess(0, 0, List.of(), 5_000_000)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> assess(1, 100, List.of(employee(DisabilityCategory.PHYSICAL, 4, null),
                employee(DisabilityCategory.PHYSICAL, 4, null)), 5_000_000)).isInstanceOf(RuleViolationException.class);
    }
}

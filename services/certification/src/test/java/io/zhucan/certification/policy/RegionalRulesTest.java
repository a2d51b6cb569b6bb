package io.zhucan.certification.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.certification.intake.TimeLimits.StepDays;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RegionalRulesTest {

    static final LocalDate FROM = LocalDate.of(2027, 3, 1);
    static final List<ValidityRule> ADULTS_TEN = List.of(new ValidityRule(0, 17, null, 5, 90, "minors"),
            new ValidityRule(18, 200, null, 10, 90, "adults"));
    static final RulesVersion PROVINCE = version(1, "330000", LocalDate.of(2000, 1, 1), ADULTS_TEN, new StepDays(20, 10));
    static final RulesVersion LISHUI_STEPS = version(2, "331100", FROM, List.of(), new StepDays(15, 8));
    static final RulesVersion QINGTIAN_VALIDITY = version(3, "331121", FROM,
            List.of(new ValidityRule(0, 200, null, 6, 60, "county's own")), null);

    @Test
    void theCountysOwnTableDecidesAndWhatItLeavesOutItsCityOrTheProvinceDoes() {
        RegionalRules qingtian = rules("331121", FROM);

        assertThat(qingtian.validityFor(40, DisabilityCategory.PHYSICAL)).map(ValidityRule::validYears).contains(6);
        assertThat(qingtian.stepDays()).contains(new StepDays(15, 8));
        RegionalRules liandu = rules("331102", FROM);
        assertThat(liandu.validityFor(40, DisabilityCategory.PHYSICAL)).map(ValidityRule::validYears).contains(10);
        assertThat(liandu.stepDays()).contains(new StepDays(15, 8));
    }

    @Test
    void aVersionDecidesFromItsEffectiveDayNotTheDayBefore() {
        RegionalRules dayBefore = rules("331121", FROM.minusDays(1));

        assertThat(dayBefore.stepDays()).contains(new StepDays(20, 10));
        assertThat(dayBefore.validityFor(40, DisabilityCategory.PHYSICAL)).map(ValidityRule::validYears).contains(10);
    }

    @Test
    void anotherCitysVersionNeverDecides() {
        assertThat(rules("330102", FROM).stepDays()).contains(new StepDays(20, 10));
    }

    @Test
    void withinALevelTheLatestVersionInForceDecides() {
        RulesVersion later = version(4, "331100", FROM.plusMonths(2), List.of(), new StepDays(12, 6));
        List<RulesVersion> versions = List.of(PROVINCE, LISHUI_STEPS, later);

        assertThat(new RegionalRules("331102", FROM.plusMonths(1), versions).stepDays()).contains(new StepDays(15, 8));
        assertThat(new RegionalRules("331102", FROM.plusMonths(2), versions).stepDays()).contains(new StepDays(12, 6));
    }

    @Test
    void aCategorysOwnBandWinsOverTheGeneralOne() {
        RulesVersion mental = version(5, "330000", FROM, List.of(new ValidityRule(0, 200, null, 10, 90, "general"),
                new ValidityRule(18, 200, DisabilityCategory.MENTAL, 4, 60, "mental: reassessed sooner")), null);
        RegionalRules rules = new RegionalRules("330102", FROM, List.of(mental));

        assertThat(rules.validityFor(30, DisabilityCategory.MENTAL)).map(ValidityRule::validYears).contains(4);
        assertThat(rules.validityFor(30, DisabilityCategory.VISUAL)).map(ValidityRule::validYears).contains(10);
        assertThat(rules.validityFor(10, DisabilityCategory.MENTAL)).map(ValidityRule::validYears).contains(10);
    }

    @Test
    void aProposalTakesEffectFromTomorrowAtTheEarliest() {
        LocalDate today = LocalDate.of(2027, 1, 10);

        assertThatThrownBy(() -> propose(today, ADULTS_TEN, null)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("tomorrow");
        assertThat(propose(today.plusDays(1), ADULTS_TEN, null).effectiveFrom()).isEqualTo(today.plusDays(1));
    }

    @Test
    void theGeneralBandsCoverEveryAgeWithoutAGapOrAnOverlap() {
        LocalDate tomorrow = LocalDate.of(2027, 1, 11);
        List<ValidityRule> gap = List.of(new ValidityRule(0, 17, null, 5, 90, "minors"),
                new ValidityRule(19, 200, null, 10, 90, "adults"));
        List<ValidityRule> overlap = List.of(new ValidityRule(0, 18, null, 5, 90, "minors"),
                new ValidityRule(18, 200, null, 10, 90, "adults"));
        List<ValidityRule> short_ = List.of(new ValidityRule(0, 100, null, 5, 90, "to 100 only"));

        assertThatThrownBy(() -> propose(tomorrow.minusDays(1), gap, null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> propose(tomorrow, gap, null)).hasMessageContaining("without a gap");
        assertThatThrownBy(() -> propose(tomorrow, overlap, null)).hasMessageContaining("overlap");
        assertThatThrownBy(() -> propose(tomorrow, short_, null)).hasMessageContaining("without a gap");
        assertThatThrownBy(() -> propose(tomorrow, List.of(), null)).hasMessageContaining("validity table, step");
        assertThatThrownBy(() -> propose(tomorrow, List.of(), new StepDays(0, 10))).hasMessageContaining("working day");
    }

    private static RegionalRules rules(String county, LocalDate on) {
        return new RegionalRules(county, on, List.of(PROVINCE, LISHUI_STEPS, QINGTIAN_VALIDITY));
    }

    private static RulesVersion propose(LocalDate from, List<ValidityRule> validity, @Nullable StepDays days) {
        return RulesVersion.propose("331100", from, validity, days, "operator", "test", LocalDate.of(2027, 1, 10),
                Instant.EPOCH);
    }

    private static RulesVersion version(long number, String region, LocalDate from, List<ValidityRule> validity,
            @Nullable StepDays days) {
        return new RulesVersion(number, region, from, validity, days, "operator", Instant.EPOCH, "test");
    }
}

package io.zhucan.profile.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drill-down sums, targets by region and small-cell suppression on hand-computed data. */
class DrilldownTest {

    private static final Definition COVERAGE = Definitions.byId("living-allowance-coverage").orElseThrow();
    private static final Definition DAYS = Definitions.byId("days-application-to-certificate").orElseThrow();
    private static final List<Target> TARGETS = List.of(
            new Target(COVERAGE.id(), "330000", BigDecimal.valueOf(99), "GT", "seed 001"),
            new Target(COVERAGE.id(), "330100", BigDecimal.valueOf(95), "GE", "test"));

    private static Count count(String county, long numerator, long denominator) {
        return new Count(county, COVERAGE.id(), numerator, denominator);
    }

    @Test
    void theProvinceSumsItsCitiesAndTheCitiesTheirCounties() {
        List<Count> counts = List.of(count("330102", 90, 100), count("330106", 50, 50), count("330212", 199, 200),
                new Count("330212", DAYS.id(), 30, 3));
        Drilldown province = Drilldown.of("330000", COVERAGE, counts, TARGETS, 5);
        assertThat(province.region().numerator()).isEqualTo(339);
        assertThat(province.region().denominator()).isEqualTo(350);
        assertThat(province.region().value()).isEqualByComparingTo("96.9");
        assertThat(province.children()).extracting(Cell::region).containsExactly("330100", "330200");
        assertThat(province.children().get(0).numerator()).isEqualTo(140);
        assertThat(province.children().get(0).denominator()).isEqualTo(150);

        Drilldown hangzhou = Drilldown.of("330100", COVERAGE, counts, TARGETS, 5);
        assertThat(hangzhou.children()).extracting(Cell::region).containsExactly("330102", "330106");
        assertThat(hangzhou.children().stream().mapToLong(Cell::denominator).sum())
                .isEqualTo(hangzhou.region().denominator());
        assertThat(Drilldown.of("330102", COVERAGE, counts, TARGETS, 5).children()).as("a county is the last level")
                .isEmpty();
    }

    @Test
    void theMostSpecificTargetAppliesWithItsComparison() {
        List<Count> counts = List.of(count("330102", 95, 100), count("330212", 99, 100));
        Drilldown province = Drilldown.of("330000", COVERAGE, counts, TARGETS, 5);
        Cell hangzhou = province.children().get(0);
        Cell ningbo = province.children().get(1);
        assertThat(hangzhou.target().region()).isEqualTo("330100");
        assertThat(hangzhou.meetsTarget()).as("95 ≥ 95").isTrue();
        assertThat(ningbo.target().region()).isEqualTo("330000");
        assertThat(ningbo.meetsTarget()).as("99 is not > 99").isFalse();
        assertThat(Drilldown.of("330102", COVERAGE, counts, TARGETS, 5).region().target().region())
                .as("a county without its own target takes its city's").isEqualTo("330100");
    }

    @Test
    void aSmallCellIsSuppressedWithTheSmallestSiblingSoThatNeitherCanBeRecovered() {
        List<Count> counts = List.of(count("330102", 10, 10), count("330105", 6, 6), count("330106", 3, 4));
        Drilldown hangzhou = Drilldown.of("330100", COVERAGE, counts, TARGETS, 5);
        assertThat(hangzhou.region().denominator()).isEqualTo(20);
        assertThat(hangzhou.children()).extracting(Cell::suppressed).containsExactly(false, true, true);
        Cell hidden = hangzhou.children().get(1);
        assertThat(hidden.numerator()).isNull();
        assertThat(hidden.denominator()).isNull();
        assertThat(hidden.value()).isNull();
        assertThat(hangzhou.children().get(0).value()).isEqualByComparingTo("100.0");
    }

    @Test
    void suppressedSiblingsThatTogetherStayBelowTheMinimumTakeAnotherWithThem() {
        List<Count> counts = List.of(count("330102", 1, 1), count("330105", 2, 2), count("330106", 7, 7),
                count("330108", 9, 9));
        Drilldown hangzhou = Drilldown.of("330100", COVERAGE, counts, TARGETS, 5);
        assertThat(hangzhou.children()).extracting(Cell::suppressed).containsExactly(true, true, true, false);
    }

    @Test
    void aRegionOfFewerThanTheMinimumIsSuppressedWholly() {
        Drilldown city = Drilldown.of("330100", COVERAGE, List.of(count("330102", 2, 2), count("330106", 2, 2)),
                TARGETS, 5);
        assertThat(city.region().suppressed()).isTrue();
        assertThat(city.children()).allMatch(Cell::suppressed);
    }

    @Test
    void anAverageIsDaysPerPersonAndARegionWithoutDataHasNoValue() {
        Drilldown days = Drilldown.of("330200", DAYS, List.of(new Count("330212", DAYS.id(), 95, 6)), TARGETS, 5);
        assertThat(days.region().value()).isEqualByComparingTo("15.8");
        assertThat(days.region().target()).isNull();
        Drilldown empty = Drilldown.of("330300", COVERAGE, List.of(), TARGETS, 0);
        assertThat(empty.region().value()).isNull();
        assertThat(empty.region().meetsTarget()).isNull();
    }
}

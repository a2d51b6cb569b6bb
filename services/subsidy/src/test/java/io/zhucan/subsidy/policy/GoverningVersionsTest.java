package io.zhucan.subsidy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.subsidy.fakes.InMemoryPolicies;
import io.zhucan.subsidy.fakes.PeopleAndPolicy;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which version governed each month of a span: the one {@code inForce} gives for that month's first day. */
class GoverningVersionsTest {

    static Policy version(long number, LocalDate from) {
        Policy p = PeopleAndPolicy.POLICY;
        return new Policy(number, from, p.rules(), p.amounts());
    }

    @Test
    void eachVersionGovernsFromItsMonthUntilTheNextOnesAndMonthsBeforeTheFirstHaveNone() {
        InMemoryPolicies policies = new InMemoryPolicies(PeopleAndPolicy.POLICY); // version 1 from January 2026
        policies.versions.put(2L, version(2, LocalDate.of(2026, 10, 1)));

        List<Policy> governing = policies.governing(YearMonth.of(2025, 12), YearMonth.of(2026, 12));

        assertThat(governing).extracting(Policy::version).containsExactly(1L, 2L);
        assertThat(policies.governing(YearMonth.of(2026, 9), YearMonth.of(2026, 9))).extracting(Policy::version)
                .containsExactly(1L);
        assertThat(policies.governing(YearMonth.of(2026, 10), YearMonth.of(2026, 12))).extracting(Policy::version)
                .containsExactly(2L);
    }

    @Test
    void aLaterVersionWithAnEarlierDateOutranksTheOneBeforeItAsInForceDoes() {
        InMemoryPolicies policies = new InMemoryPolicies(PeopleAndPolicy.POLICY);
        policies.versions.put(2L, version(2, LocalDate.of(2026, 10, 1)));
        policies.versions.put(3L, version(3, LocalDate.of(2026, 5, 1)));

        assertThat(policies.governing(YearMonth.of(2026, 1), YearMonth.of(2026, 12))).extracting(Policy::version)
                .containsExactly(1L, 3L);
        assertThat(policies.inForce(LocalDate.of(2026, 11, 1)).version()).isEqualTo(3L);
    }

    @Test
    void theLookBackBoundsHowFarALateFactReaches() {
        InMemoryPolicies policies = new InMemoryPolicies(PeopleAndPolicy.POLICY);
        policies.lookBackMonths = 3;

        assertThat(policies.earliestArrears(YearMonth.of(2026, 12))).isEqualTo(YearMonth.of(2026, 9));
    }
}

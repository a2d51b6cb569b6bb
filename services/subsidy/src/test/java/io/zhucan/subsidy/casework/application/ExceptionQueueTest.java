package io.zhucan.subsidy.casework.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.subsidy.casework.ExceptionCase;
import io.zhucan.subsidy.casework.ExceptionKind;
import io.zhucan.subsidy.fakes.InMemoryExceptionCases;
import io.zhucan.subsidy.fakes.PeopleAndPolicy;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The caseworker's queue: the cases of their region, at most 500; none without a region. */
class ExceptionQueueTest {

    final InMemoryExceptionCases cases = new InMemoryExceptionCases();
    final ExceptionQueue queue = new ExceptionQueue(cases);

    void open(int n, String county) {
        for (int i = 0; i < n; i++) {
            cases.open(UUID.randomUUID(), Allowance.LIVING, ExceptionKind.UNDECIDABLE, county, "LIVING.LOW_INCOME");
        }
    }

    @Test
    void staffSeeTheOpenCasesOfTheirRegion() {
        open(2, "330102");
        open(1, "330106");
        open(1, "330212");

        assertThat(queue.openFor(PeopleAndPolicy.staff("cw", "330102", "caseworker")))
                .extracting(ExceptionCase::county).containsExactly("330102", "330102");
        assertThat(queue.openFor(PeopleAndPolicy.staff("cw", "330100", "caseworker")))
                .extracting(ExceptionCase::county).containsExactly("330102", "330102", "330106");
        assertThat(queue.openFor(PeopleAndPolicy.staff("cw", "330000", "caseworker"))).hasSize(4);
    }

    @Test
    void atMostFiveHundredCasesAreListed() {
        open(501, "330102");

        assertThat(queue.openFor(PeopleAndPolicy.staff("cw", "330102", "caseworker"))).hasSize(500);
    }

    @Test
    void staffWithoutARegionSeeNothing() {
        open(1, "330102");

        assertThat(queue.openFor(PeopleAndPolicy.staff("cw", null, "caseworker"))).isEmpty();
    }
}

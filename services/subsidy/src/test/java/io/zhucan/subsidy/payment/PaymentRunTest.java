package io.zhucan.subsidy.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** A run is due for the current or the next month, or an earlier one whose run has not completed; never further ahead. */
class PaymentRunTest {

    static final YearMonth NOV = YearMonth.of(2026, 11);

    static PaymentRun run(YearMonth month, RunStatus status) {
        return new PaymentRun(month, status, Instant.EPOCH, "sun", null, 0, 0, 0, 1, null);
    }

    @Test
    void theCurrentMonthIsAlwaysDue() {
        assertThat(PaymentRun.isDue(NOV, NOV, null)).isTrue();
        assertThat(PaymentRun.isDue(NOV, NOV, run(NOV, RunStatus.COMPLETED))).isTrue();
    }

    @Test
    void anEarlierMonthIsDueUntilItsRunCompleted() {
        YearMonth oct = NOV.minusMonths(1);
        assertThat(PaymentRun.isDue(oct, NOV, null)).isTrue();
        assertThat(PaymentRun.isDue(oct, NOV, run(oct, RunStatus.FAILED))).isTrue();
        assertThat(PaymentRun.isDue(oct, NOV, run(oct, RunStatus.COMPLETED))).isFalse();
    }

    @Test
    void noMonthAheadIsDueButTheNextMayRunEarly() {
        assertThat(PaymentRun.isDue(NOV.plusMonths(1), NOV, null)).isFalse();
        assertThat(PaymentRun.isDue(NOV.plusMonths(2), NOV, null)).isFalse();
        assertThat(PaymentRun.isDue(YearMonth.of(2099, 1), NOV, null)).isFalse();
        assertThat(PaymentRun.mayRunEarly(NOV.plusMonths(1), NOV)).isTrue();
        assertThat(PaymentRun.mayRunEarly(NOV, NOV)).isFalse();
        assertThat(PaymentRun.mayRunEarly(NOV.plusMonths(2), NOV)).isFalse();
        assertThat(PaymentRun.mayRunEarly(NOV.minusMonths(1), NOV)).isFalse();
    }
}

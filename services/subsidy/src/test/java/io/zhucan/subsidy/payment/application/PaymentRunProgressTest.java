package io.zhucan.subsidy.payment.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zhucan.subsidy.fakes.InMemoryPaymentRuns;
import io.zhucan.subsidy.fakes.PeopleAndPolicy;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The dashboard's payment-run gauges follow the latest run's row. */
class PaymentRunProgressTest {

    final InMemoryPaymentRuns runs = new InMemoryPaymentRuns(PeopleAndPolicy.CLOCK);
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    PaymentRunProgressTest() {
        new PaymentRunProgress(runs).bindTo(registry);
    }

    @Test
    void theGaugesShowTheLatestRunsInstructionsRetriesAndState() {
        assertThat(gauge(PaymentRunProgress.INSTRUCTED)).isZero();

        runs.begin(YearMonth.of(2026, 11), "operator");
        runs.complete(YearMonth.of(2026, 11));
        runs.begin(YearMonth.of(2026, 12), "operator");
        runs.progress(YearMonth.of(2026, 12), 1200, 3, 40);

        assertThat(gauge(PaymentRunProgress.INSTRUCTED)).isEqualTo(1200);
        assertThat(gauge(PaymentRunProgress.RETRIED)).isEqualTo(3);
        assertThat(gauge(PaymentRunProgress.ARREARS)).isEqualTo(40);
        assertThat(gauge(PaymentRunProgress.STATE)).isEqualTo(1);

        runs.failed(YearMonth.of(2026, 12), "bank unreachable");
        assertThat(gauge(PaymentRunProgress.STATE)).isEqualTo(-1);
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }
}

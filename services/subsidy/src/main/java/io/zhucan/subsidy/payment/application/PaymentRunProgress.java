package io.zhucan.subsidy.payment.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.zhucan.subsidy.payment.PaymentRun;
import io.zhucan.subsidy.payment.PaymentRuns;
import io.zhucan.subsidy.payment.RunStatus;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;

/**
 * The latest payment run's progress as gauges for the dashboard: instructions written (of them
 * arrears for earlier months) and retried so far, and whether it is running (1), completed (0) or failed (-1). Read from the run's row, so
 * every pod reports the same figures whichever pod runs it.
 */
@Component
public class PaymentRunProgress implements MeterBinder {

    public static final String INSTRUCTED = "zhucan.subsidy.payment.run.instructed";
    public static final String RETRIED = "zhucan.subsidy.payment.run.retried";
    public static final String ARREARS = "zhucan.subsidy.payment.run.arrears";
    public static final String STATE = "zhucan.subsidy.payment.run.state";

    private final PaymentRuns runs;

    public PaymentRunProgress(PaymentRuns runs) {
        this.runs = runs;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, INSTRUCTED, "instructions of the latest payment run so far", PaymentRun::instructed);
        gauge(registry, RETRIED, "failed instructions of the latest payment run retried so far", PaymentRun::retried);
        gauge(registry, ARREARS, "instructions of the latest payment run for an earlier month (补发)", PaymentRun::arrears);
        gauge(registry, STATE, "the latest payment run: 1 running, 0 completed, -1 failed", PaymentRunProgress::state);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<PaymentRun> figure) {
        Gauge.builder(name, runs, r -> r.latest(1).stream().findFirst().map(figure::applyAsDouble).orElse(0.0))
                .description(description).register(registry);
    }

    private static double state(PaymentRun run) {
        return run.status() == RunStatus.RUNNING ? 1 : run.status() == RunStatus.COMPLETED ? 0 : -1;
    }
}

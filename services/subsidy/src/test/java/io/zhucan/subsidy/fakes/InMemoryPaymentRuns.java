package io.zhucan.subsidy.fakes;

import io.zhucan.subsidy.payment.PaymentRun;
import io.zhucan.subsidy.payment.PaymentRuns;
import io.zhucan.subsidy.payment.RunStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** The payment runs by month, like the table (a start again counts the runs); every progress report is logged. */
public class InMemoryPaymentRuns implements PaymentRuns {

    public final TreeMap<YearMonth, PaymentRun> byMonth = new TreeMap<>();
    public final List<String> progress = new ArrayList<>();
    private final Clock clock;

    public InMemoryPaymentRuns(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized PaymentRun begin(YearMonth month, String startedBy) {
        PaymentRun known = byMonth.get(month);
        PaymentRun run = known == null
                ? new PaymentRun(month, RunStatus.RUNNING, now(), startedBy, null, 0, 0, 0, 1, null)
                : new PaymentRun(month, RunStatus.RUNNING, now(), startedBy, null, known.instructed(), known.retried(),
                        known.arrears(), known.runs() + 1, null);
        byMonth.put(month, run);
        return run;
    }

    @Override
    public synchronized void progress(YearMonth month, long instructed, long retried, long arrears) {
        progress.add(month + " " + instructed + "/" + retried + (arrears == 0 ? "" : " arrears " + arrears));
        PaymentRun r = byMonth.get(month);
        byMonth.put(month, new PaymentRun(month, r.status(), r.startedAt(), r.startedBy(), r.completedAt(), instructed,
                retried, arrears, r.runs(), r.lastError()));
    }

    @Override
    public synchronized void complete(YearMonth month) {
        PaymentRun r = byMonth.get(month);
        byMonth.put(month, new PaymentRun(month, RunStatus.COMPLETED, r.startedAt(), r.startedBy(), now(),
                r.instructed(), r.retried(), r.arrears(), r.runs(), r.lastError()));
    }

    @Override
    public synchronized void failed(YearMonth month, String error) {
        PaymentRun r = byMonth.get(month);
        byMonth.put(month, new PaymentRun(month, RunStatus.FAILED, r.startedAt(), r.startedBy(), r.completedAt(),
                r.instructed(), r.retried(), r.arrears(), r.runs(), error));
    }

    @Override
    public synchronized Optional<PaymentRun> find(YearMonth month) {
        return Optional.ofNullable(byMonth.get(month));
    }

    @Override
    public synchronized List<PaymentRun> latest(int limit) {
        return byMonth.values().stream().sorted(Comparator.comparing(PaymentRun::month).reversed()).limit(limit)
                .toList();
    }

    private Instant now() {
        return Instant.now(clock);
    }
}

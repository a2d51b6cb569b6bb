package io.zhucan.subsidy.payment;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The monthly payment runs and their progress (port). */
public interface PaymentRuns {

    /** Marks the run of {@code month} running (again), counting the start. */
    PaymentRun begin(YearMonth month, String startedBy);

    /** The counts so far: instructions created (of them {@code arrears} for earlier months), failed ones sent again. */
    void progress(YearMonth month, long instructed, long retried, long arrears);

    void complete(YearMonth month);

    void failed(YearMonth month, String error);

    Optional<PaymentRun> find(YearMonth month);

    List<PaymentRun> latest(int limit);
}

package io.zhucan.subsidy.payment;

import java.time.Instant;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** One month's payment run and its progress; {@code runs} counts the starts (a re-run pays nothing twice). */
public record PaymentRun(YearMonth month, RunStatus status, Instant startedAt, String startedBy,
        @Nullable Instant completedAt, long instructed, long retried, int runs, @Nullable String lastError) {
}

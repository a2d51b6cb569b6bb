package io.zhucan.subsidy.payment;

import java.time.Instant;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** One month's payment run and its progress; {@code runs} counts the starts (a re-run pays nothing twice). */
public record PaymentRun(YearMonth month, RunStatus status, Instant startedAt, String startedBy,
        @Nullable Instant completedAt, long instructed, long retried, int runs, @Nullable String lastError) {

    /**
     * Whether a run of {@code month} may be started in {@code current}: the current month, the next
     * one (paid in advance: prepared before its 1st, e.g. ahead of 春节), or an earlier one whose run
     * has not completed ({@code earlier}: its run, if any); never further ahead.
     */
    public static boolean isDue(YearMonth month, YearMonth current, @Nullable PaymentRun earlier) {
        if (month.equals(current) || month.equals(current.plusMonths(1))) {
            return true;
        }
        return month.isBefore(current) && (earlier == null || earlier.status() != RunStatus.COMPLETED);
    }
}

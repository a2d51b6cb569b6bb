package io.zhucan.subsidy.payment;

import java.time.Instant;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * One month's payment run and its progress; {@code runs} counts the starts (a re-run pays nothing
 * twice); {@code instructed} counts every instruction it created, {@code arrears} those of them for an
 * earlier month (补发).
 */
public record PaymentRun(YearMonth month, RunStatus status, Instant startedAt, String startedBy,
        @Nullable Instant completedAt, long instructed, long retried, long arrears, int runs,
        @Nullable String lastError) {

    /**
     * Whether one operator may start a run of {@code month} in {@code current}: the current month, or
     * an earlier one whose run has not completed ({@code earlier}: its run, if any).
     */
    public static boolean isDue(YearMonth month, YearMonth current, @Nullable PaymentRun earlier) {
        if (month.equals(current)) {
            return true;
        }
        return month.isBefore(current) && (earlier == null || earlier.status() != RunStatus.COMPLETED);
    }

    /**
     * Whether {@code month} may be run ahead of its 1st (paid in advance, e.g. before 春节): only the
     * next month, and only with a second operator's approval; never further ahead.
     */
    public static boolean mayRunEarly(YearMonth month, YearMonth current) {
        return month.equals(current.plusMonths(1));
    }
}

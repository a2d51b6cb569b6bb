package io.zhucan.subsidy.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

/** Month arithmetic of the subsidy rules. */
public final class Months {

    /** 次月: the month after the one {@code day} falls in. */
    public static YearMonth after(LocalDate day) {
        return YearMonth.from(day).plusMonths(1);
    }

    /** The month decisions made now govern: the next one (次月). */
    public static YearMonth next(Clock clock) {
        return YearMonth.now(clock).plusMonths(1);
    }

    public static YearMonth max(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }

    public static LocalDate first(YearMonth month) {
        return month.atDay(1);
    }

    private Months() {
    }
}

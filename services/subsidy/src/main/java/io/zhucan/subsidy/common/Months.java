package io.zhucan.subsidy.common;

import java.time.LocalDate;
import java.time.YearMonth;

/** Month arithmetic of the subsidy rules. */
public final class Months {

    /** 次月: the month after the one {@code day} falls in. */
    public static YearMonth after(LocalDate day) {
        return YearMonth.from(day).plusMonths(1);
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

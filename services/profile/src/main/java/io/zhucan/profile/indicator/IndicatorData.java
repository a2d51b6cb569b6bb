package io.zhucan.profile.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The counts and policy data the indicators are computed from. */
public interface IndicatorData {

    /**
     * Every indicator's numerator and denominator per county of the region (code prefix), as of the
     * month's end: from the materialised counts when the generation holds the month, else computed.
     */
    List<Count> counts(int generation, String countyPrefix, YearMonth month);

    /** Recomputes the month's counts of every county into the materialised ones, in one transaction. */
    void refresh(int generation, YearMonth month);

    /** Drops the generation's materialised months before {@code from}: no longer refreshed, they would go stale. */
    void forgetBefore(int generation, YearMonth from);

    List<Target> targets(LocalDate on);

    int minimumCell(LocalDate on);
}

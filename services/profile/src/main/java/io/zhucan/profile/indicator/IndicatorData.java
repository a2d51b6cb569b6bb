package io.zhucan.profile.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The counts and policy data the indicators are computed from. */
public interface IndicatorData {

    /** Every indicator's numerator and denominator per county of the region (code prefix), as of the month's end. */
    List<Count> counts(int generation, String countyPrefix, YearMonth month);

    List<Target> targets(LocalDate on);

    int minimumCell(LocalDate on);
}

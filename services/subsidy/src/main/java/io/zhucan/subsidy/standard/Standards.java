package io.zhucan.subsidy.standard;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** Where the 低保 standards and the living-allowance shares are kept (port). */
public interface Standards {

    LivingStandards all();

    List<DibaoStandard> ofCounty(String county);

    /** Records a standard; false if the county has one from that month already. */
    boolean record(DibaoStandard standard, String recordedBy, Instant at);

    /** Standards in force by {@code month} whose county was not re-evaluated for them yet. */
    List<DibaoStandard> unapplied(YearMonth month);

    void markApplied(DibaoStandard standard, Instant at);
}

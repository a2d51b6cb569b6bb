package io.zhucan.subsidy.standard;

import java.time.YearMonth;

/** A county's minimum living guarantee (低保) standard per person and month, in fen, from a month on. */
public record DibaoStandard(String county, YearMonth effectiveFrom, long monthlyFen, String source) {

    public DibaoStandard {
        if (monthlyFen <= 0) {
            throw new IllegalArgumentException("a standard is a positive amount");
        }
    }
}

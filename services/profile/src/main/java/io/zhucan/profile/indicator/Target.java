package io.zhucan.profile.indicator;

import java.math.BigDecimal;

/** A plan's target for an indicator in a region: "> percent" (GT) or "≥ percent" (GE). */
public record Target(String indicator, String region, BigDecimal percent, String comparison, String source) {

    public boolean metBy(BigDecimal value) {
        int c = value.compareTo(percent);
        return comparison.equals("GT") ? c > 0 : c >= 0;
    }
}

package io.zhucan.profile.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * One indicator in one region: its value with numerator and denominator, or nothing but
 * {@code suppressed} when the cell counts too few persons to publish (or would let a suppressed
 * sibling be recovered by subtraction).
 */
public record Cell(String region, String indicator, @Nullable Long numerator, @Nullable Long denominator,
        @Nullable BigDecimal value, boolean suppressed, @Nullable Target target, @Nullable Boolean meetsTarget) {

    static Cell of(String region, Definition definition, long numerator, long denominator, @Nullable Target target) {
        BigDecimal value = denominator == 0 ? null : BigDecimal.valueOf(numerator)
                .multiply(definition.isPercent() ? BigDecimal.valueOf(100) : BigDecimal.ONE)
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
        Boolean meets = value == null || target == null ? null : target.metBy(value);
        return new Cell(region, definition.id(), numerator, denominator, value, false, target, meets);
    }

    Cell suppress() {
        return new Cell(region, indicator, null, null, null, true, target, null);
    }
}

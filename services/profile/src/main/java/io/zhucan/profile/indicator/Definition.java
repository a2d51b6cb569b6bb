package io.zhucan.profile.indicator;

import java.util.List;

/**
 * What an indicator counts: the persons (or days) of the numerator among those of the
 * denominator, and the events they come from. {@code unit} is {@code percent} or {@code days}
 * (an average: numerator days over denominator persons).
 */
public record Definition(String id, String title, String numerator, String denominator, List<String> sourceEvents,
        String unit) {

    public boolean isPercent() {
        return unit.equals("percent");
    }
}

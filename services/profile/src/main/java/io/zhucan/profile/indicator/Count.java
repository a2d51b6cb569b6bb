package io.zhucan.profile.indicator;

/** The numerator and denominator of one indicator in one county for one month. */
public record Count(String county, String indicator, long numerator, long denominator) {
}

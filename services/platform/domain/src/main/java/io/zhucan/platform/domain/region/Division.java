package io.zhucan.platform.domain.region;

import org.jspecify.annotations.Nullable;

/** One administrative division: its code (six digits, nine for a township), name, level and parent. */
public record Division(String code, String name, Level level, @Nullable String parent) {

    public enum Level { PROVINCE, CITY, COUNTY, TOWNSHIP }
}

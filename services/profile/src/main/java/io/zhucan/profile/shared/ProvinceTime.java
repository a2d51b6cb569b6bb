package io.zhucan.profile.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates (event days, months, warning windows) are those of the province. */
public final class ProvinceTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }

    private ProvinceTime() {
    }
}

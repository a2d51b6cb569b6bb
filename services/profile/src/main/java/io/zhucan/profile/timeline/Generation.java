package io.zhucan.profile.timeline;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One generation of the read model: BUILDING while a rebuild replays into it, then ACTIVE, then RETIRED. */
public record Generation(int number, String status, Instant startedAt, @Nullable Instant switchedAt, String startedBy) {

    public static final String BUILDING = "BUILDING";
    public static final String ACTIVE = "ACTIVE";
}

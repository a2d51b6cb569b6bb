package io.zhucan.subsidy.review;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One yearly check: who started it, where it is, and the count of entitlements per outcome. */
public record ReviewRun(UUID id, String status, String startedBy, Instant startedAt, @Nullable Instant finishedAt,
        long policyVersion, Map<ReviewOutcome, Long> counts, @Nullable String lastError) {
}

package io.zhucan.subsidy.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A dry run of a policy proposal: its {@link Impact}, computed on top of policy version
 * {@code baseVersion} at {@code computedAt} by {@code computedBy}, in {@code millis}. An approver
 * must have opened the proposal's latest preview, and it must not be stale.
 */
public record ImpactPreview(UUID id, UUID proposalId, long baseVersion, String computedBy, Instant computedAt,
        long millis, Impact impact) {

    /** Stale once another version was added (the proposal would apply to other rules) or older than {@code maxAge}. */
    public boolean staleAt(Instant now, long latestVersion, Duration maxAge) {
        return latestVersion != baseVersion || computedAt.plus(maxAge).isBefore(now);
    }
}

package io.zhucan.subsidy.policy.application;

import io.zhucan.subsidy.policy.Policy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Port: the versioned policy. Versions are never updated, only added (and marked applied). */
public interface PolicyStore {

    /** The version in force on {@code day}: the highest version effective on or before it. */
    Policy inForce(LocalDate day);

    /** The latest version, locked so two edits cannot both become version N+1. */
    Policy lockLatest();

    Optional<Policy> find(long version);

    void insert(Policy policy, String createdBy, String reason, String changesJson);

    List<VersionInfo> versions();

    Optional<VersionInfo> info(long version);

    /** Versions not yet applied that are in force on {@code day}, oldest first. */
    List<Long> dueVersions(LocalDate day);

    void markApplied(long version, long reevaluated);

    /** Audit view of one version: who, when, what, why, and whether everyone touched was re-evaluated. */
    record VersionInfo(long version, LocalDate effectiveFrom, Instant createdAt, String createdBy, String reason,
            String changes, @Nullable Instant appliedAt, @Nullable Long reevaluated) {
    }
}

package io.zhucan.subsidy.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The versioned policy (port). Versions are never updated, only added (and marked applied). */
public interface Policies {

    /** The version in force on {@code day}: the highest version effective on or before it. */
    Policy inForce(LocalDate day);

    /** The latest version, locked so two edits cannot both become version N+1. */
    Policy lockLatest();

    Optional<Policy> find(long version);

    /** Adds a version with the change that made it, why, who proposed it and who approved it. */
    void add(Policy policy, PolicyChange change, String createdBy, String approvedBy);

    /** The change that made a version (empty for the seeded first version). */
    Optional<PolicyChange> changeOf(long version);

    List<VersionInfo> versions();

    Optional<VersionInfo> info(long version);

    /** Versions not yet applied that are in force on {@code day}, oldest first. */
    List<Long> dueVersions(LocalDate day);

    void markApplied(long version, long reevaluated);

    /** The earliest month the payment run of {@code run} still pays as arrears (补发): the look-back in force for it. */
    YearMonth earliestArrears(YearMonth run);

    /**
     * The versions that governed the months {@code from}..{@code until}, oldest first: for each month the
     * one {@link #inForce} gives for its first day (a month before the first version has none).
     */
    List<Policy> governing(YearMonth from, YearMonth until);

    /** Audit view of one version: who proposed and who approved it, when, what, why, and whether everyone touched was re-evaluated. */
    record VersionInfo(long version, LocalDate effectiveFrom, Instant createdAt, String createdBy,
            @Nullable String approvedBy, String reason, String changes, @Nullable Instant appliedAt,
            @Nullable Long reevaluated) {
    }
}

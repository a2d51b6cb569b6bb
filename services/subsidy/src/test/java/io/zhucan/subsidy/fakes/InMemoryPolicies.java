package io.zhucan.subsidy.fakes;

import io.zhucan.subsidy.policy.Policies;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.policy.PolicyChange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Policy versions in a sorted map. */
public class InMemoryPolicies implements Policies {

    public final TreeMap<Long, Policy> versions = new TreeMap<>();
    public final Map<Long, PolicyChange> changes = new HashMap<>();
    public final Map<Long, Long> applied = new HashMap<>();
    public final List<String> createdBy = new ArrayList<>();
    public final List<String> approvedBy = new ArrayList<>();

    public InMemoryPolicies(Policy first) {
        versions.put(first.version(), first);
    }

    @Override
    public Policy inForce(LocalDate day) {
        return versions.values().stream().filter(p -> !p.effectiveFrom().isAfter(day))
                .max(Comparator.comparingLong(Policy::version)).orElseThrow();
    }

    @Override
    public Policy lockLatest() {
        return versions.lastEntry().getValue();
    }

    @Override
    public Optional<Policy> find(long version) {
        return Optional.ofNullable(versions.get(version));
    }

    @Override
    public void add(Policy policy, PolicyChange change, String by, String approver) {
        versions.put(policy.version(), policy);
        changes.put(policy.version(), change);
        createdBy.add(by);
        approvedBy.add(approver);
    }

    @Override
    public Optional<PolicyChange> changeOf(long version) {
        return Optional.ofNullable(changes.get(version));
    }

    @Override
    public List<VersionInfo> versions() {
        return versions.descendingMap().values().stream().map(this::info).toList();
    }

    @Override
    public Optional<VersionInfo> info(long version) {
        return find(version).map(this::info);
    }

    @Override
    public List<Long> dueVersions(LocalDate day) {
        return versions.values().stream().filter(p -> !applied.containsKey(p.version()))
                .filter(p -> !p.effectiveFrom().isAfter(day)).map(Policy::version).toList();
    }

    @Override
    public void markApplied(long version, long reevaluated) {
        applied.put(version, reevaluated);
    }

    @Override
    public List<Policy> governing(YearMonth from, YearMonth until) {
        List<Policy> governing = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(until); m = m.plusMonths(1)) {
            LocalDate day = m.atDay(1);
            versions.values().stream().filter(p -> !p.effectiveFrom().isAfter(day))
                    .max(Comparator.comparingLong(Policy::version))
                    .filter(p -> governing.isEmpty() || governing.getLast().version() != p.version())
                    .ifPresent(governing::add);
        }
        return governing;
    }

    /** The look-back in months (seeded: 12). */
    public int lookBackMonths = 12;

    @Override
    public YearMonth earliestArrears(YearMonth run) {
        return run.minusMonths(lookBackMonths);
    }

    private VersionInfo info(Policy p) {
        PolicyChange change = changes.get(p.version());
        return new VersionInfo(p.version(), p.effectiveFrom(), Instant.EPOCH, "test", null,
                change == null ? "seed" : change.reason(), "{}", null, applied.get(p.version()));
    }
}

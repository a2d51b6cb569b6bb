package io.zhucan.subsidy.policy;

import io.zhucan.subsidy.policy.Impact.RegionImpact;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Adds up an impact person by person, in memory (a county's counters are a few longs). Not thread-safe. */
public final class ImpactTally {

    private final Map<String, long[]> byCounty = new HashMap<>();
    private long persons;

    public void person() {
        persons++;
    }

    /** An allowance of {@code fen} a month gained in {@code county}. */
    public void gained(String county, long fen) {
        add(county, 0, fen);
    }

    /** An allowance of {@code fen} a month lost. */
    public void lost(String county, long fen) {
        add(county, 1, -fen);
    }

    /** An allowance's amount changed from {@code before} to {@code after}. */
    public void changed(String county, long before, long after) {
        add(county, 2, after - before);
    }

    private void add(String county, int counter, long costChangeFen) {
        long[] c = byCounty.computeIfAbsent(county, k -> new long[4]);
        c[counter]++;
        c[3] += costChangeFen;
    }

    public Impact impact() {
        List<RegionImpact> counties = byCounty.entrySet().stream()
                .map(e -> new RegionImpact(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .sorted(RegionImpact.BY_REGION).toList();
        return new Impact(persons, counties);
    }
}

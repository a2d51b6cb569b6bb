package io.zhucan.profile.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An indicator in a region and in each region one level below (province → cities → counties),
 * from the counts per county. Small-cell suppression: a cell of fewer than {@code minimumCell}
 * persons is suppressed; while the suppressed siblings are a single cell or together still fewer
 * than {@code minimumCell} persons, the smallest published sibling is suppressed too, so that the
 * parent minus the published siblings does not give a small group away.
 */
public record Drilldown(Cell region, List<Cell> children) {

    public static Drilldown of(String region, Definition definition, List<Count> counts, List<Target> targets,
            int minimumCell) {
        Map<String, long[]> byChild = new TreeMap<>();
        long numerator = 0;
        long denominator = 0;
        for (Count count : counts) {
            if (!count.indicator().equals(definition.id()) || !Region.contains(region, count.county())) {
                continue;
            }
            numerator += count.numerator();
            denominator += count.denominator();
            if (!count.county().equals(region)) {
                long[] sums = byChild.computeIfAbsent(Region.childOf(region, count.county()), k -> new long[2]);
                sums[0] += count.numerator();
                sums[1] += count.denominator();
            }
        }
        Cell parent = Cell.of(region, definition, numerator, denominator, target(definition, region, targets));
        List<Cell> children = new ArrayList<>();
        byChild.forEach((code, sums) -> children.add(
                Cell.of(code, definition, sums[0], sums[1], target(definition, code, targets))));
        return new Drilldown(denominator < minimumCell ? parent.suppress() : parent, suppressed(children, minimumCell));
    }

    private static List<Cell> suppressed(List<Cell> cells, int minimumCell) {
        List<Cell> result = new ArrayList<>(cells.stream().map(c -> c.denominator() < minimumCell ? c.suppress() : c)
                .toList());
        while (true) {
            List<Cell> hidden = result.stream().filter(Cell::suppressed).toList();
            long hiddenPersons = cells.stream().filter(c -> hidden.stream().anyMatch(h -> h.region().equals(c.region())))
                    .mapToLong(Cell::denominator).sum();
            boolean recoverable = hidden.size() == 1 || (!hidden.isEmpty() && hiddenPersons < minimumCell);
            Optional<Cell> smallest = result.stream().filter(c -> !c.suppressed())
                    .min(Comparator.comparingLong(Cell::denominator).thenComparing(Cell::region));
            if (!recoverable || smallest.isEmpty()) {
                return result;
            }
            result.set(result.indexOf(smallest.get()), smallest.get().suppress());
        }
    }

    /** The most specific region with a target for the indicator: the county's own, its city's, the province's. */
    static @Nullable Target target(Definition definition, String region, List<Target> targets) {
        for (String level : Region.upwards(region)) {
            for (Target t : targets) {
                if (t.indicator().equals(definition.id()) && t.region().equals(level)) {
                    return t;
                }
            }
        }
        return null;
    }
}

package io.zhucan.subsidy.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a proposed policy would do, in aggregates only (no person): per county how many persons would
 * gain an allowance, lose one or see its amount change, and the monthly cost change in fen; summed
 * per city and for the province.
 */
public record Impact(long persons, List<RegionImpact> counties) {

    public Impact {
        counties = List.copyOf(counties);
    }

    public List<RegionImpact> cities() {
        return sum(Policy::cityOf);
    }

    public RegionImpact total() {
        return sum(county -> Policy.PROVINCE).stream().findFirst().orElse(RegionImpact.none(Policy.PROVINCE));
    }

    private List<RegionImpact> sum(Function<String, String> regionOf) {
        Map<String, RegionImpact> sums = new TreeMap<>();
        for (RegionImpact county : counties) {
            sums.merge(regionOf.apply(county.region()), county.in(regionOf.apply(county.region())), RegionImpact::plus);
        }
        return new ArrayList<>(sums.values());
    }

    /** One region's figures: allowances gained, lost, changed in amount, and the monthly cost change (fen). */
    public record RegionImpact(String region, long gained, long lost, long changed, long costChangeFen) {

        public static final Comparator<RegionImpact> BY_REGION = Comparator.comparing(RegionImpact::region);

        public static RegionImpact none(String region) {
            return new RegionImpact(region, 0, 0, 0, 0);
        }

        RegionImpact in(String other) {
            return new RegionImpact(other, gained, lost, changed, costChangeFen);
        }

        RegionImpact plus(RegionImpact o) {
            return new RegionImpact(region, gained + o.gained, lost + o.lost, changed + o.changed,
                    costChangeFen + o.costChangeFen);
        }
    }
}

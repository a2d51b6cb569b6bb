package io.zhucan.profile.indicator.application;

import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.Regions;
import io.zhucan.profile.indicator.Count;
import io.zhucan.profile.indicator.Definition;
import io.zhucan.profile.indicator.Definitions;
import io.zhucan.profile.indicator.Drilldown;
import io.zhucan.profile.indicator.IndicatorData;
import io.zhucan.profile.indicator.Region;
import io.zhucan.profile.indicator.Target;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.profile.timeline.Generations;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's indicators of a region and its sub-regions for a month: aggregates only, small cells
 * suppressed. Staff see the regions their token is scoped to (an analyst scoped to the province
 * sees all of it).
 */
@Service
public class IndicatorQuery {

    private final Generations generations;
    private final IndicatorData data;

    IndicatorQuery(Generations generations, IndicatorData data) {
        this.generations = generations;
        this.data = data;
    }

    public record Report(Definition definition, Drilldown drilldown) {
    }

    @Transactional(readOnly = true)
    public List<Report> report(CurrentUser user, String region, YearMonth month) {
        allowed(user, region);
        return compute(region, month);
    }

    /** Without the caller's scope check: for other queries that apply their own (aggregates only). */
    @Transactional(readOnly = true)
    public List<Report> compute(String region, YearMonth month) {
        List<Count> counts = data.counts(generations.active(), Region.countyPrefix(region), month);
        List<Target> targets = data.targets(month.atEndOfMonth());
        int minimum = data.minimumCell(month.atEndOfMonth());
        return Definitions.ALL.stream()
                .map(d -> new Report(d, Drilldown.of(region, d, counts, targets, minimum)))
                .toList();
    }

    /** One indicator of a region month by month (the trend). */
    @Transactional(readOnly = true)
    public List<Drilldown> series(CurrentUser user, String indicator, String region, YearMonth from, YearMonth to) {
        allowed(user, region);
        Definition definition = Definitions.byId(indicator)
                .orElseThrow(() -> new NotFoundException("no indicator " + indicator));
        if (from.isAfter(to) || from.plusYears(5).isBefore(to)) {
            throw new RuleViolationException("series-range", "from ≤ to, at most five years");
        }
        int g = generations.active();
        List<Drilldown> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(Drilldown.of(region, definition, data.counts(g, Region.countyPrefix(region), m), data.targets(m.atEndOfMonth()),
                    data.minimumCell(m.atEndOfMonth())));
        }
        return months;
    }

    public int minimumCell(LocalDate on) {
        return data.minimumCell(on);
    }

    private static void allowed(CurrentUser user, String region) {
        if (user.region() == null || !Regions.covers(user.region(), region)) {
            throw new AccessDeniedException("this region is outside your scope");
        }
    }
}

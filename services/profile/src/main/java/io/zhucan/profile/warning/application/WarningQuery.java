package io.zhucan.profile.warning.application;

import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.Regions;
import io.zhucan.platform.security.Roles;
import io.zhucan.platform.security.audit.PersonFileAudit;
import io.zhucan.profile.indicator.Cell;
import io.zhucan.profile.indicator.Region;
import io.zhucan.profile.indicator.application.IndicatorQuery;
import io.zhucan.profile.timeline.Generations;
import io.zhucan.profile.warning.PersonWarning;
import io.zhucan.profile.warning.WarningData;
import io.zhucan.profile.warning.WarningPolicy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The early warnings of a region (预测预警). Caseworkers get the persons of their region; analysts
 * the number of persons per kind (suppressed below the minimum cell) and the counties below a
 * target, with the trend against the month before.
 */
@Service
public class WarningQuery {

    private final Generations generations;
    private final WarningData data;
    private final IndicatorQuery indicators;
    private final Clock clock;
    private final PersonFileAudit audit;

    WarningQuery(Generations generations, WarningData data, IndicatorQuery indicators, Clock clock,
            PersonFileAudit audit) {
        this.audit = audit;
        this.generations = generations;
        this.data = data;
        this.indicators = indicators;
        this.clock = clock;
    }

    public record CountyBelowTarget(String county, String indicator, BigDecimal value, BigDecimal previousMonth,
            BigDecimal target, String trend) {
    }

    public record Warnings(LocalDate today, List<PersonWarning> persons, Map<String, Long> personsPerKind,
            List<CountyBelowTarget> countiesBelowTarget) {
    }

    @Transactional(readOnly = true)
    public Warnings of(CurrentUser user, String region) {
        if (user.region() == null || !Regions.covers(user.region(), region)) {
            throw new AccessDeniedException("this region is outside your scope");
        }
        LocalDate today = LocalDate.now(clock);
        WarningPolicy policy = data.policy(today);
        List<PersonWarning> persons = data.persons(generations.active(), Region.countyPrefix(region), today, policy);
        List<CountyBelowTarget> counties = countiesBelowTarget(region, YearMonth.from(today));
        if (user.hasRole(Roles.CASEWORKER)) {
            // a list of persons is a read of their data: each person listed is audited
            persons.stream().map(PersonWarning::personId).distinct()
                    .forEach(person -> audit.read(user, person, "profile:warnings"));
            return new Warnings(today, persons, perKind(persons, 0), counties);
        }
        return new Warnings(today, List.of(), perKind(persons, indicators.minimumCell(today)), counties);
    }

    private static Map<String, Long> perKind(List<PersonWarning> persons, int minimumCell) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String kind : List.of(PersonWarning.CERTIFICATE_EXPIRING, PersonWarning.SUSPENDED_TOO_LONG,
                PersonWarning.NEED_OPEN_TOO_LONG, PersonWarning.LOW_INCOME_UNKNOWN)) {
            long n = persons.stream().filter(p -> p.kind().equals(kind)).count();
            counts.put(kind, n < minimumCell ? null : n);
        }
        return counts;
    }

    /** Counties published (not suppressed) in their city's drill-down whose value misses its target. */
    private List<CountyBelowTarget> countiesBelowTarget(String region, YearMonth month) {
        String city = Region.isProvince(region) ? region : region.substring(0, 4) + "00";
        Map<String, Cell> previous = countyCells(city, month.minusMonths(1));
        return countyCells(city, month).values().stream()
                .filter(c -> Region.contains(region, c.region()) && Boolean.FALSE.equals(c.meetsTarget()))
                .map(c -> {
                    Cell before = previous.get(c.region() + c.indicator());
                    BigDecimal was = before == null ? null : before.value();
                    String trend = was == null ? "new" : switch (c.value().compareTo(was)) {
                        case 1 -> "up";
                        case -1 -> "down";
                        default -> "flat";
                    };
                    return new CountyBelowTarget(c.region(), c.indicator(), c.value(), was, c.target().percent(), trend);
                })
                .toList();
    }

    private Map<String, Cell> countyCells(String cityOrProvince, YearMonth month) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        List<String> cities = Region.isProvince(cityOrProvince)
                ? indicators.compute(cityOrProvince, month).stream()
                        .flatMap(r -> r.drilldown().children().stream()).map(Cell::region).distinct().toList()
                : List.of(cityOrProvince);
        for (String city : cities) {
            indicators.compute(city, month).forEach(r -> r.drilldown().children().stream()
                    .filter(c -> !c.suppressed() && c.value() != null)
                    .forEach(c -> cells.put(c.region() + c.indicator(), c)));
        }
        return cells;
    }
}

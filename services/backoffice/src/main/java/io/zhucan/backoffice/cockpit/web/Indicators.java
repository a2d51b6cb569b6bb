package io.zhucan.backoffice.cockpit.web;

import io.zhucan.backoffice.shared.web.Gateway;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The profile service's cockpit data (数字驾驶舱): aggregates only, small cells already suppressed. */
@Component
class Indicators {

    record Report(Definition definition, Drilldown drilldown) {
    }

    record Definition(String id, String title, String unit) {

        public boolean percent() {
            return "percent".equals(unit);
        }
    }

    record Drilldown(Cell region, List<Cell> children) {
    }

    record Cell(String region, @Nullable Long numerator, @Nullable Long denominator, @Nullable BigDecimal value,
            boolean suppressed, @Nullable Target target, @Nullable Boolean meetsTarget) {
    }

    record Target(BigDecimal percent, String comparison, String source) {
    }

    record Warnings(List<Map<String, Object>> persons, Map<String, Long> personsPerKind,
            List<CountyBelowTarget> countiesBelowTarget) {
    }

    record CountyBelowTarget(String county, String indicator, BigDecimal value, BigDecimal previousMonth,
            BigDecimal target, String trend) {
    }

    private static final ParameterizedTypeReference<List<Report>> REPORTS = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;

    Indicators(Gateway gateway) {
        this.gateway = gateway;
    }

    List<Report> report(String region, YearMonth month) {
        return gateway.get(REPORTS, "/api/profile/indicators?region={region}&month={month}", region, month);
    }

    Warnings warnings(String region) {
        return gateway.get(Warnings.class, "/api/profile/warnings?region={region}", region);
    }
}

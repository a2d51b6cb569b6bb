package io.zhucan.profile.indicator.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.profile.indicator.Drilldown;
import io.zhucan.profile.indicator.application.IndicatorQuery;
import io.zhucan.profile.shared.ProfileRoles;
import jakarta.validation.constraints.Pattern;
import java.time.YearMonth;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Indicators", description = "数字驾驶舱: the plan's indicators by region, aggregates only")
class IndicatorController {

    private static final String REGION = "\\d{6}";
    private static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";

    private final IndicatorQuery indicators;

    IndicatorController(IndicatorQuery indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/api/profile/indicators")
    @PreAuthorize(ProfileRoles.INDICATORS)
    @Operation(summary = "Every indicator of a region and its sub-regions for a month (small cells suppressed)")
    List<IndicatorQuery.Report> report(CurrentUser user, @RequestParam @Pattern(regexp = REGION) String region,
            @RequestParam @Pattern(regexp = MONTH) String month) {
        return indicators.report(user, region, YearMonth.parse(month));
    }

    @GetMapping("/api/profile/indicators/{indicator}/months")
    @PreAuthorize(ProfileRoles.INDICATORS)
    @Operation(summary = "One indicator of a region month by month")
    List<Drilldown> series(CurrentUser user, @PathVariable String indicator,
            @RequestParam @Pattern(regexp = REGION) String region, @RequestParam @Pattern(regexp = MONTH) String from,
            @RequestParam @Pattern(regexp = MONTH) String to) {
        return indicators.series(user, indicator, region, YearMonth.parse(from), YearMonth.parse(to));
    }
}

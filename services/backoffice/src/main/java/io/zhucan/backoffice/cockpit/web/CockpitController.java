package io.zhucan.backoffice.cockpit.web;

import io.zhucan.backoffice.shared.web.Pages;
import io.zhucan.backoffice.shared.web.ServiceRefusal;
import io.zhucan.backoffice.shared.web.Staff;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 数字驾驶舱: every indicator of a region against its target, a chart and a table of the regions one
 * level below (each a drill-down link), and the region's early warnings. Whether the user may see a
 * region is the profile service's decision (an analyst sees their own region and below).
 */
@Controller
class CockpitController {

    private final Indicators indicators;

    CockpitController(Indicators indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/cockpit")
    @PreAuthorize("hasAnyRole('analyst', 'caseworker')")
    String cockpit(@ModelAttribute("staff") Staff staff, @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable YearMonth month, Model model) {
        String shown = region == null || !region.matches("\\d{6}") ? staff.region() : region;
        YearMonth when = month == null ? Pages.thisMonth() : month;
        model.addAttribute("region", shown);
        model.addAttribute("month", when);
        model.addAttribute("home", staff.region());
        try {
            model.addAttribute("reports", indicators.report(shown, when));
            model.addAttribute("warnings", indicators.warnings(shown));
        } catch (ServiceRefusal refusal) {
            model.addAttribute("refusal", refusal);
        }
        return "cockpit";
    }
}

package io.zhucan.backoffice.rules.web;

import io.zhucan.backoffice.shared.web.Gateway;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Certification's rules (认证规则) as they stand: every version of the validity table and the step
 * time limits, by region (province, city, county) and effective date, with who set it and why.
 * Operators set a version through certification's API; this page shows what holds where.
 */
@Controller
class RulesController {

    record Band(int minAge, int maxAge, @Nullable String category, int validYears, int renewalWindowDays,
            String note) {
    }

    record StepDays(int assessment, int review) {
    }

    record Version(long version, String region, LocalDate effectiveFrom, List<Band> validity,
            @Nullable StepDays stepDays, String createdBy, Instant createdAt, String reason) {
    }

    private static final ParameterizedTypeReference<List<Version>> VERSIONS = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;

    RulesController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/rules")
    @PreAuthorize("hasAnyRole('operator', 'analyst', 'caseworker', 'assessor', 'reviewer')")
    String versions(Model model) {
        model.addAttribute("versions", gateway.get(VERSIONS, "/api/certification/rules"));
        return "rules";
    }
}

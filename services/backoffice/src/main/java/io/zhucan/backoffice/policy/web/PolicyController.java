package io.zhucan.backoffice.policy.web;

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
 * The subsidy policy's versions (rules and amounts are data with effective dates): who changed what,
 * who approved it (a second operator), when, why, and whether everyone it touches has been
 * re-evaluated. Proposals wait under 待复核 (approval).
 */
@Controller
class PolicyController {

    record Version(long version, LocalDate effectiveFrom, Instant createdAt, String createdBy,
            @Nullable String approvedBy, String reason, String changes, @Nullable Instant appliedAt,
            @Nullable Long reevaluated) {
    }

    private static final ParameterizedTypeReference<List<Version>> VERSIONS = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;

    PolicyController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/policy")
    @PreAuthorize("hasAnyRole('operator', 'analyst', 'caseworker', 'reviewer')")
    String versions(Model model) {
        model.addAttribute("versions", gateway.get(VERSIONS, "/api/subsidies/policy/versions"));
        return "policy";
    }
}

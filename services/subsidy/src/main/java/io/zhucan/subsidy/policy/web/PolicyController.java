package io.zhucan.subsidy.policy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.approval.Approval;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.policy.Policy.RuleSetting;
import io.zhucan.subsidy.policy.PolicyChange;
import io.zhucan.subsidy.policy.PolicyChange.AmountChange;
import io.zhucan.subsidy.policy.PolicyChange.RuleChange;
import io.zhucan.subsidy.policy.application.PolicyService;
import io.zhucan.subsidy.policy.Policies.VersionInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Policy as data: read by staff, changed by operators (every change a new, audited version). */
@RestController
@RequestMapping("/api/subsidies/policy")
@Tag(name = "policy", description = "Eligibility rules and monthly amounts, versioned with effective dates")
class PolicyController {

    private final PolicyService service;

    PolicyController(PolicyService service) {
        this.service = service;
    }

    @GetMapping("/versions")
    @PreAuthorize("hasAnyRole('operator', 'analyst', 'caseworker', 'reviewer')")
    @Operation(summary = "Every version: who changed what, when, why, and whether it was applied")
    List<VersionInfo> versions() {
        return service.versions();
    }

    @GetMapping("/versions/{version}")
    @PreAuthorize("hasAnyRole('operator', 'analyst', 'caseworker', 'reviewer')")
    @Operation(summary = "One version: its rules and amounts")
    Policy version(@PathVariable long version) {
        return service.version(version);
    }

    @PostMapping("/proposals")
    @PreAuthorize("hasRole('operator')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose a change of rules and/or amounts of the province, a city or a county (an operator "
            + "whose region covers it); once a second operator of the region approves it (/api/subsidies/approvals), "
            + "it becomes the next version and everyone it touches is re-evaluated")
    Approval propose(CurrentUser user, @Valid @RequestBody ChangeRequest request) {
        return service.propose(new PolicyChange(request.effectiveFrom(), request.reason(),
                request.rules() == null ? Map.of() : request.rules(),
                request.amounts() == null ? List.of() : request.amounts(),
                request.regionalRules() == null ? List.of() : request.regionalRules()), user);
    }

    /** An operator's proposed change: province rules, a city's or county's rules, amounts of any level. */
    record ChangeRequest(@NotNull LocalDate effectiveFrom, @NotBlank @Size(max = 1000) String reason,
            Map<String, RuleSetting> rules, List<@Valid AmountChange> amounts, List<@Valid RuleChange> regionalRules) {
    }
}

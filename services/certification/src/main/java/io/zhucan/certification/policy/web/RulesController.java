package io.zhucan.certification.policy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.certification.intake.TimeLimits.StepDays;
import io.zhucan.certification.policy.RulesVersion;
import io.zhucan.certification.policy.ValidityRule;
import io.zhucan.certification.policy.application.RulesAdministration;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Certification rules", description = "Validity and step time limits per region, versioned with effective dates")
class RulesController {

    private final RulesAdministration rules;

    RulesController(RulesAdministration rules) {
        this.rules = rules;
    }

    record ValidityInput(@Min(0) @Max(200) int minAge, @Min(0) @Max(200) int maxAge,
            @Nullable DisabilityCategory category, @Min(1) @Max(20) int validYears,
            @Min(0) @Max(365) int renewalWindowDays, @NotBlank @Size(max = 200) String note) {
    }

    record StepDaysInput(@Min(1) @Max(120) int assessment, @Min(1) @Max(120) int review) {
    }

    record ProposeRequest(@NotNull @Pattern(regexp = "\\d{6}") String region, @NotNull LocalDate effectiveFrom,
            @NotBlank @Size(max = 500) String reason, @Nullable List<@Valid @NotNull ValidityInput> validity,
            @Valid @Nullable StepDaysInput stepDays) {
    }

    @GetMapping("/api/certification/rules")
    @PreAuthorize("hasAnyRole('caseworker', 'assessor', 'reviewer', 'operator', 'analyst')")
    @Operation(summary = "Every version of the certification rules, newest first, with who made it, when and why")
    List<RulesVersion> versions() {
        return rules.all();
    }

    @PostMapping("/api/certification/admin/rules")
    @PreAuthorize("hasRole('operator')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A new version of a region's rules, from tomorrow at the earliest (province, city or county)")
    RulesVersion propose(CurrentUser user, @Valid @RequestBody ProposeRequest request) {
        List<ValidityRule> validity = request.validity() == null ? List.of() : request.validity().stream()
                .map(v -> new ValidityRule(v.minAge(), v.maxAge(), v.category(), v.validYears(), v.renewalWindowDays(),
                        v.note().strip()))
                .toList();
        StepDays stepDays = request.stepDays() == null ? null
                : new StepDays(request.stepDays().assessment(), request.stepDays().review());
        return rules.propose(user, request.region(), request.effectiveFrom(), validity, stepDays, request.reason().strip());
    }
}

package io.zhucan.profile.warning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.profile.shared.ProfileRoles;
import io.zhucan.profile.warning.application.WarningQuery;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Warnings", description = "预测预警: persons to look at (caseworkers), counties below a target")
class WarningController {

    private final WarningQuery warnings;

    WarningController(WarningQuery warnings) {
        this.warnings = warnings;
    }

    @GetMapping("/api/profile/warnings")
    @PreAuthorize(ProfileRoles.INDICATORS)
    @Operation(summary = "The early warnings of a region: persons for caseworkers, counts for analysts")
    WarningQuery.Warnings of(CurrentUser user, @RequestParam @Pattern(regexp = "\\d{6}") String region) {
        return warnings.of(user, region);
    }
}

package io.zhucan.rehabilitation.child.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.rehabilitation.child.GuardianRelation;
import io.zhucan.rehabilitation.child.Guardianship;
import io.zhucan.rehabilitation.child.MonthlyService;
import io.zhucan.rehabilitation.child.application.GuardianAccess;
import io.zhucan.rehabilitation.shared.RehabRoles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Guardianship", description = "监护: who may see a child's rehabilitation as its guardian")
class GuardianshipController {

    private final GuardianAccess guardians;

    GuardianshipController(GuardianAccess guardians) {
        this.guardians = guardians;
    }

    @PostMapping("/api/rehabilitation/guardianships")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('" + RehabRoles.CASEWORKER + "')")
    @Operation(summary = "Record a guardian of a child of my region (from the documents shown at the office)")
    Guardianship record(CurrentUser user, @Valid @RequestBody NewGuardianship body) {
        return guardians.record(user, body.guardianPersonId(), body.childPersonId(), body.relation(), body.validFrom(),
                body.validUntil());
    }

    @GetMapping("/api/rehabilitation/me/children/{childPersonId}/services")
    @PreAuthorize("hasRole('" + RehabRoles.CITIZEN + "')")
    @Operation(summary = "The child rehabilitation services of a child I am guardian of today, month by month")
    List<MonthlyService> childServices(CurrentUser user, @PathVariable UUID childPersonId) {
        return guardians.childServices(user, childPersonId);
    }

    record NewGuardianship(@NotNull UUID guardianPersonId, @NotNull UUID childPersonId,
            @NotNull GuardianRelation relation, @NotNull LocalDate validFrom, @Nullable LocalDate validUntil) {
    }
}

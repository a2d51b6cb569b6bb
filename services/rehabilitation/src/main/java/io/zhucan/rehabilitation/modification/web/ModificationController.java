package io.zhucan.rehabilitation.modification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.rehabilitation.modification.ModificationCase;
import io.zhucan.rehabilitation.modification.application.ModificationService;
import io.zhucan.rehabilitation.shared.RehabRoles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Home modification", description = "无障碍改造: survey → plan and budget → works → acceptance")
class ModificationController {

    private final ModificationService cases;

    ModificationController(ModificationService cases) {
        this.cases = cases;
    }

    @PostMapping("/api/rehabilitation/needs/{needId}/modification")
    @PreAuthorize(RehabRoles.STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open the home modification case of a need whose plan holds one")
    ModificationCase open(CurrentUser user, @PathVariable UUID needId) {
        return cases.open(user, needId);
    }

    @GetMapping("/api/rehabilitation/modifications/{id}")
    @PreAuthorize(RehabRoles.STAFF)
    ModificationCase one(CurrentUser user, @PathVariable UUID id) {
        return cases.read(user, id);
    }

    @PostMapping("/api/rehabilitation/modifications/{id}/survey")
    @PreAuthorize(RehabRoles.STAFF)
    ModificationCase survey(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody Survey body) {
        return cases.survey(user, id, body.findings().strip(), body.surveyedOn());
    }

    @PostMapping("/api/rehabilitation/modifications/{id}/plan")
    @PreAuthorize(RehabRoles.STAFF)
    ModificationCase plan(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody Plan body) {
        return cases.plan(user, id, body.works().strip(), body.budgetFen());
    }

    @PostMapping("/api/rehabilitation/modifications/{id}/works")
    @PreAuthorize(RehabRoles.STAFF)
    ModificationCase works(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody Works body) {
        return cases.worksDone(user, id, body.costFen(), body.completedOn());
    }

    @PostMapping("/api/rehabilitation/modifications/{id}/acceptance")
    @PreAuthorize(RehabRoles.STAFF)
    @Operation(summary = "Accept the works (not by who recorded them): the subsidy is paid once")
    ModificationCase accept(CurrentUser user, @PathVariable UUID id) {
        return cases.accept(user, id);
    }

    @GetMapping("/api/rehabilitation/me/modifications")
    @PreAuthorize("hasRole('citizen')")
    List<ModificationCase> mine(CurrentUser user) {
        return cases.mine(user);
    }

    record Survey(@NotBlank @Size(max = 1000) String findings, @NotNull LocalDate surveyedOn) {
    }

    record Plan(@NotBlank @Size(max = 1000) String works, @Positive long budgetFen) {
    }

    record Works(@PositiveOrZero long costFen, @NotNull LocalDate completedOn) {
    }
}

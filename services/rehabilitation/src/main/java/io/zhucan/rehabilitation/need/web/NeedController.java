package io.zhucan.rehabilitation.need.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.events.rehabilitation.NeedOutcome;
import io.zhucan.platform.events.rehabilitation.RehabService;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.rehabilitation.need.NeedStatus;
import io.zhucan.rehabilitation.need.application.NeedCasework;
import io.zhucan.rehabilitation.shared.RehabRoles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/rehabilitation/needs")
@PreAuthorize(RehabRoles.STAFF)
@Tag(name = "Needs", description = "Needs assessment (精准康复): assessment, plan, deliveries, closing")
class NeedController {

    private final NeedCasework casework;

    NeedController(NeedCasework casework) {
        this.casework = casework;
    }

    @GetMapping
    @Operation(summary = "Needs of my region, newest first (at most 200)")
    List<NeedView> inMyRegion(CurrentUser user, @RequestParam(required = false) @Nullable NeedStatus status) {
        return casework.inMyRegion(user, status).stream().map(NeedView::of).toList();
    }

    @GetMapping("/{id}")
    NeedView one(CurrentUser user, @PathVariable UUID id) {
        return NeedView.of(casework.read(user, id));
    }

    @PutMapping("/{id}/assessment")
    @Operation(summary = "Record what the assessment found (empty: no rehabilitation need)")
    NeedView assess(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody Assessment body) {
        return NeedView.of(casework.assess(user, id, body.needs()));
    }

    @PutMapping("/{id}/plan")
    @Operation(summary = "Set the service plan: services the assessment found")
    NeedView plan(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody Plan body) {
        return NeedView.of(casework.plan(user, id, body.services()));
    }

    @PostMapping("/{id}/deliveries")
    @Operation(summary = "Record a planned service delivered")
    NeedView deliver(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody Delivery body) {
        return NeedView.of(casework.deliver(user, id, body.service(), body.deliveredOn(), body.provider().strip()));
    }

    @PostMapping("/{id}/close")
    NeedView close(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody Closing body) {
        return NeedView.of(casework.close(user, id, body.outcome()));
    }

    record Assessment(@NotNull Set<RehabService> needs) {
    }

    record Plan(@NotNull @Size(min = 1) Set<RehabService> services) {
    }

    record Delivery(@NotNull RehabService service, @NotNull LocalDate deliveredOn, @NotBlank @Size(max = 200) String provider) {
    }

    record Closing(@NotNull NeedOutcome outcome) {
    }
}

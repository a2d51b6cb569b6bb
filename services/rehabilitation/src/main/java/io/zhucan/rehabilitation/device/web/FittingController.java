package io.zhucan.rehabilitation.device.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.rehabilitation.device.application.FittingService;
import io.zhucan.rehabilitation.shared.RehabRoles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/rehabilitation/fittings")
@PreAuthorize(RehabRoles.STAFF)
@Tag(name = "Fittings", description = "Assistive device fitting orders (辅具适配), co-pay, rentals")
class FittingController {

    private final FittingService fittings;

    FittingController(FittingService fittings) {
        this.fittings = fittings;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Order a device: basic subsidy + personal top-up; a return date makes it a rental; "
            + "an unsuited device needs an override reason and a second person's approval")
    FittingView order(CurrentUser user, @Valid @RequestBody Order body) {
        return FittingView.forStaff(fittings.order(user, body.personId(), body.deviceCode(), body.model(), body.priceFen(),
                body.returnDueOn(), body.overrideReason()));
    }

    @GetMapping("/{id}")
    FittingView one(CurrentUser user, @PathVariable UUID id) {
        return FittingView.forStaff(fittings.read(user, id));
    }

    @PostMapping("/{id}/override-approval")
    @Operation(summary = "Approve the override of an unsuited device (not by the person who ordered it)")
    FittingView approveOverride(CurrentUser user, @PathVariable UUID id) {
        return FittingView.forStaff(fittings.approveOverride(user, id));
    }

    @PostMapping("/{id}/fitted")
    FittingView fitted(CurrentUser user, @PathVariable UUID id) {
        return FittingView.forStaff(fittings.fit(user, id));
    }

    @PostMapping("/{id}/returned")
    FittingView returned(CurrentUser user, @PathVariable UUID id) {
        return FittingView.forStaff(fittings.returned(user, id));
    }

    @GetMapping("/overdue-rentals")
    @Operation(summary = "Rentals of my region past their return date (to remind)")
    List<FittingView> overdue(CurrentUser user) {
        return fittings.overdueRentals(user).stream().map(FittingView::forStaff).toList();
    }

    record Order(@NotNull UUID personId, @NotBlank @Size(max = 40) String deviceCode,
            @NotBlank @Size(max = 200) String model, @PositiveOrZero long priceFen, @Nullable LocalDate returnDueOn,
            @Nullable @Size(max = 500) String overrideReason) {
    }
}

package io.zhucan.rehabilitation.device.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.rehabilitation.device.application.FittingService;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Me", description = "The citizen's own rehabilitation")
class MyDevicesController {

    private final FittingService fittings;

    MyDevicesController(FittingService fittings) {
        this.fittings = fittings;
    }

    @GetMapping("/api/rehabilitation/me/devices")
    @PreAuthorize("hasRole('citizen')")
    @Operation(summary = "My devices: fitted, on order, rented with their return dates")
    List<FittingView> mine(CurrentUser user) {
        return fittings.mine(user).stream().map(FittingView::forCitizen).toList();
    }
}

package io.zhucan.rehabilitation.device.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.rehabilitation.device.CatalogueItem;
import io.zhucan.rehabilitation.device.application.FittingService;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue is policy, not personal data: every signed-in user may read it. */
@RestController
@Tag(name = "Devices", description = "The assistive device catalogue (辅具目录) in force")
class DeviceCatalogueController {

    private final FittingService fittings;

    DeviceCatalogueController(FittingService fittings) {
        this.fittings = fittings;
    }

    @GetMapping("/api/rehabilitation/devices")
    @PreAuthorize("isAuthenticated()") // the catalogue is public policy data: anyone signed in reads it
    @Operation(summary = "Devices in force today: suited categories and grades, basic subsidy (fen), rental, high-tech")
    List<CatalogueItem> catalogue() {
        return fittings.catalogue();
    }
}

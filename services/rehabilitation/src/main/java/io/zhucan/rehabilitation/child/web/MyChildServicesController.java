package io.zhucan.rehabilitation.child.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.rehabilitation.child.MonthlyService;
import io.zhucan.rehabilitation.child.application.ChildServices;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Me", description = "The citizen's own rehabilitation")
class MyChildServicesController {

    private final ChildServices children;

    MyChildServicesController(ChildServices children) {
        this.children = children;
    }

    @GetMapping("/api/rehabilitation/me/child-services")
    @PreAuthorize("hasRole('citizen')")
    @Operation(summary = "The child rehabilitation services recorded for me, month by month")
    List<MonthlyService> mine(CurrentUser user) {
        return children.mine(user);
    }
}

package io.zhucan.rehabilitation.need.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.rehabilitation.need.application.NeedCasework;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Me", description = "The citizen's own rehabilitation")
class MyNeedsController {

    private final NeedCasework needs;

    MyNeedsController(NeedCasework needs) {
        this.needs = needs;
    }

    @GetMapping("/api/rehabilitation/me/needs")
    @PreAuthorize("hasRole('citizen')")
    @Operation(summary = "My needs assessments with their plans and the services delivered")
    List<NeedView> mine(CurrentUser user) {
        return needs.mine(user).stream().map(NeedView::of).toList();
    }
}

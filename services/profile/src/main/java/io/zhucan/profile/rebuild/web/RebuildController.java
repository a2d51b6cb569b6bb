package io.zhucan.profile.rebuild.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.profile.rebuild.application.Rebuilds;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.profile.shared.ProfileRoles;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Operations", description = "Rebuild of the read model from the topics")
class RebuildController {

    private final Rebuilds rebuilds;

    RebuildController(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping("/api/profile/operations/rebuilds")
    @PreAuthorize(ProfileRoles.OPERATOR)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Replay every topic from offset zero into a new generation; switches over when caught up")
    RebuildView start(CurrentUser operator) {
        return RebuildView.of(rebuilds.start(operator));
    }

    @GetMapping("/api/profile/operations/rebuilds/current")
    @PreAuthorize(ProfileRoles.OPERATOR)
    @Operation(summary = "The running rebuild and its progress (404 when none runs)")
    RebuildView current() {
        return rebuilds.current().map(RebuildView::of).orElseThrow(() -> new NotFoundException("no rebuild is running"));
    }

    @GetMapping("/api/profile/operations/rebuilds/{generation}")
    @PreAuthorize(ProfileRoles.OPERATOR)
    @Operation(summary = "A generation of the model and its replay's progress")
    RebuildView generation(@PathVariable int generation) {
        return RebuildView.of(rebuilds.status(generation));
    }
}

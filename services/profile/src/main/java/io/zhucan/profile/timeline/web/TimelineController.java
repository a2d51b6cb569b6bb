package io.zhucan.profile.timeline.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.profile.shared.ProfileRoles;
import io.zhucan.profile.timeline.PersonFile;
import io.zhucan.profile.timeline.application.PersonFileQuery;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Person file", description = "一人一档: one timeline of every service's events per person")
class TimelineController {

    private final PersonFileQuery files;

    TimelineController(PersonFileQuery files) {
        this.files = files;
    }

    @GetMapping("/api/profile/persons/{personId}/timeline")
    @PreAuthorize(ProfileRoles.CASEWORKER)
    @Operation(summary = "The file of a person of the caller's region, oldest event first (audited)")
    PersonFile file(CurrentUser user, @PathVariable UUID personId) {
        return files.file(user, personId);
    }

    @GetMapping("/api/profile/me/timeline")
    @PreAuthorize(ProfileRoles.CITIZEN)
    @Operation(summary = "The citizen's own file (audited)")
    PersonFile mine(CurrentUser user) {
        return files.mine(user);
    }
}

package io.zhucan.employment.outreach.web;

import io.zhucan.employment.outreach.Outreach;
import io.zhucan.employment.outreach.application.HolderAccess;
import io.zhucan.employment.outreach.application.OutreachService;
import io.zhucan.employment.shared.web.RegionListings;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.Roles;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The outreach list of a caseworker's region (属地管理): whom to contact. Holds person ids only. */
@RestController
@RequestMapping("${zhucan.api.base-path}/outreach")
class OutreachController {

    private final OutreachService outreach;
    private final HolderAccess access;

    OutreachController(OutreachService outreach, HolderAccess access) {
        this.outreach = outreach;
        this.access = access;
    }

    @GetMapping("/{personId}")
    @PreAuthorize("hasRole('" + Roles.CASEWORKER + "')")
    Outreach of(CurrentUser user, @PathVariable UUID personId) {
        Outreach found = outreach.outreachOf(personId).orElseThrow(() -> new NotFoundException("no outreach record"));
        access.read(user, personId, found.county(), "employment/outreach");
        return found;
    }

    @GetMapping
    @PreAuthorize("hasRole('" + Roles.CASEWORKER + "')")
    List<Outreach> list(CurrentUser user) {
        if (user.region() == null) {
            throw new AccessDeniedException("no region");
        }
        return RegionListings.of(user.region()).map(listing -> outreach.inRegion(listing, 500)).orElse(List.of());
    }
}

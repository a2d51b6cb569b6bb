package io.zhucan.employment.seeker.web;

import io.zhucan.employment.outreach.application.HolderAccess;
import io.zhucan.employment.outreach.application.OutreachService;
import io.zhucan.employment.seeker.JobSeeker;
import io.zhucan.employment.seeker.application.SeekerService;
import io.zhucan.employment.shared.RegionListing;
import io.zhucan.employment.shared.web.RegionListings;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.Roles;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A caseworker registers a seeker with them and looks after the seekers of their region (属地管理). */
@RestController
@RequestMapping("${zhucan.api.base-path}/seekers")
@PreAuthorize("hasRole('" + Roles.CASEWORKER + "')")
class CaseworkerSeekerController {

    private final SeekerService seekers;
    private final OutreachService outreach;
    private final HolderAccess access;

    CaseworkerSeekerController(SeekerService seekers, OutreachService outreach, HolderAccess access) {
        this.seekers = seekers;
        this.outreach = outreach;
        this.access = access;
    }

    @PostMapping("/{personId}")
    @ResponseStatus(HttpStatus.CREATED)
    SeekerView register(CurrentUser user, @PathVariable UUID personId, @Valid @RequestBody ProfileRequest request) {
        String county = outreach.holderCounty(personId)
                .orElseThrow(() -> new NotFoundException("no certificate holder known for this person"));
        access.act(user, personId, county, "employment/seeker");
        return SeekerView.of(seekers.register(personId, request.profile(), request.consentScopes(), user.username(),
                Roles.CASEWORKER));
    }

    @GetMapping("/{personId}")
    SeekerView seeker(CurrentUser user, @PathVariable UUID personId) {
        JobSeeker seeker = seekers.seeker(personId);
        access.read(user, personId, seeker.county(), "employment/seeker");
        return SeekerView.of(seeker);
    }

    @PutMapping("/{personId}/consent")
    SeekerView consent(CurrentUser user, @PathVariable UUID personId, @Valid @RequestBody ConsentRequest request) {
        access.act(user, personId, seekers.seeker(personId).county(), "employment/seeker/consent");
        return SeekerView.of(seekers.changeConsent(personId, request.scopes(), user.username(), Roles.CASEWORKER));
    }

    /** Consenting seekers of the caseworker's region, by skill text (PostgreSQL full text). */
    @GetMapping
    List<SeekerView> search(CurrentUser user, @RequestParam(defaultValue = "") String q) {
        if (user.region() == null) {
            throw new AccessDeniedException("no region");
        }
        List<JobSeeker> found = RegionListings.of(user.region()).map(listing -> seekers.search(listing, q))
                .orElse(List.of());
        found.forEach(s -> access.read(user, s.personId(), s.county(), "employment/seeker/search"));
        return found.stream().map(SeekerView::of).toList();
    }
}

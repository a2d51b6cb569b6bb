package io.zhucan.employment.matching.web;

import io.zhucan.employment.employer.Job;
import io.zhucan.employment.employer.application.EmployerService;
import io.zhucan.employment.matching.Match;
import io.zhucan.employment.matching.application.MatchingService;
import io.zhucan.employment.outreach.application.HolderAccess;
import io.zhucan.employment.seeker.JobSeeker;
import io.zhucan.employment.seeker.application.SeekerService;
import io.zhucan.employment.shared.RegionListing;
import io.zhucan.employment.shared.web.Organization;
import io.zhucan.employment.shared.web.RegionListings;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.Roles;
import io.zhucan.platform.security.audit.PersonFileAudit;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ranked, explained matches for seekers (their own), caseworkers (their region) and employers (their jobs). */
@RestController
@RequestMapping("${zhucan.api.base-path}")
class MatchingController {

    private final MatchingService matching;
    private final SeekerService seekers;
    private final EmployerService employers;
    private final HolderAccess access;
    private final PersonFileAudit audit;

    MatchingController(MatchingService matching, SeekerService seekers, EmployerService employers, HolderAccess access,
            PersonFileAudit audit) {
        this.matching = matching;
        this.seekers = seekers;
        this.employers = employers;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/me/matches")
    @PreAuthorize("hasRole('" + Roles.CITIZEN + "')")
    List<MatchView> mine(CurrentUser user, @RequestParam(defaultValue = "20") int limit) {
        if (user.personId() == null) {
            throw new AccessDeniedException("the token carries no person id");
        }
        return jobs(seekers.seeker(user.personId()), limit);
    }

    @GetMapping("/seekers/{personId}/matches")
    @PreAuthorize("hasRole('" + Roles.CASEWORKER + "')")
    List<MatchView> forSeeker(CurrentUser user, @PathVariable UUID personId,
            @RequestParam(defaultValue = "20") int limit) {
        JobSeeker seeker = seekers.seeker(personId);
        access.read(user, personId, seeker.county(), "employment/seeker/matches");
        return jobs(seeker, limit);
    }

    @GetMapping("/jobs/{jobId}/matches")
    @PreAuthorize("hasRole('" + Roles.CASEWORKER + "')")
    List<MatchView.Candidate> forJob(CurrentUser user, @PathVariable UUID jobId,
            @RequestParam(defaultValue = "20") int limit) {
        if (user.region() == null) {
            throw new AccessDeniedException("no region");
        }
        List<Match> found = RegionListings.of(user.region())
                .map(listing -> matching.seekersFor(employers.job(jobId), false, listing, bounded(limit)))
                .orElse(List.of());
        found.forEach(m -> access.read(user, m.seeker().personId(), m.seeker().county(), "employment/candidates"));
        return found.stream().map(MatchView.Candidate::of).toList();
    }

    /** An employer's candidates for their own job: only seekers who consented to employers' view. */
    @GetMapping("/employers/me/jobs/{jobId}/candidates")
    @PreAuthorize("hasRole('" + Roles.EMPLOYER + "')")
    List<MatchView.Candidate> candidates(CurrentUser user, @PathVariable UUID jobId,
            @RequestParam(defaultValue = "20") int limit) {
        Job job = employers.ownJob(employers.ofOrganization(Organization.ofCaller()), jobId);
        List<Match> found = matching.seekersFor(job, true, RegionListing.everywhere(), bounded(limit));
        found.forEach(m -> audit.read(user, m.seeker().personId(), "employment/candidates/" + jobId));
        return found.stream().map(MatchView.Candidate::of).toList();
    }

    private List<MatchView> jobs(JobSeeker seeker, int limit) {
        return matching.jobsFor(seeker, bounded(limit)).stream().map(MatchView::of).toList();
    }

    private static int bounded(int limit) {
        return Math.clamp(limit, 1, 100);
    }
}

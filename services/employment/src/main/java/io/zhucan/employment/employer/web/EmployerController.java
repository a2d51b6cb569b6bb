package io.zhucan.employment.employer.web;

import io.zhucan.employment.employer.Employer;
import io.zhucan.employment.employer.Job;
import io.zhucan.employment.employer.application.EmployerService;
import io.zhucan.employment.shared.web.Organization;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.Regions;
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

/**
 * Caseworkers register employers of their region; an employer's users manage their own
 * organisation's jobs (the organisation is the token's, never a path parameter).
 */
@RestController
@RequestMapping("${zhucan.api.base-path}")
class EmployerController {

    private final EmployerService employers;

    EmployerController(EmployerService employers) {
        this.employers = employers;
    }

    @PostMapping("/employers")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('" + Roles.CASEWORKER + "')")
    Employer register(CurrentUser user, @Valid @RequestBody EmployerRequest request) {
        if (!user.coversRegion(request.county())) {
            throw new AccessDeniedException("the employer is outside your region");
        }
        return employers.register(request.creditCode(), request.name(), request.county(), request.headcount());
    }

    @GetMapping("/employers")
    @PreAuthorize("hasRole('" + Roles.CASEWORKER + "')")
    List<Employer> inRegion(CurrentUser user) {
        if (user.region() == null) {
            throw new AccessDeniedException("no region");
        }
        return Regions.countyPrefix(user.region()).map(employers::inRegion).orElse(List.of());
    }

    @GetMapping("/employers/me")
    @PreAuthorize("hasRole('" + Roles.EMPLOYER + "')")
    Employer mine() {
        return employers.ofOrganization(Organization.ofCaller());
    }

    @PostMapping("/employers/me/jobs")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('" + Roles.EMPLOYER + "')")
    Job addJob(@Valid @RequestBody JobRequest request) {
        Employer me = mine();
        return employers.addJob(me, request.draft(me.id()));
    }

    @PutMapping("/employers/me/jobs/{jobId}")
    @PreAuthorize("hasRole('" + Roles.EMPLOYER + "')")
    Job changeJob(@PathVariable UUID jobId, @Valid @RequestBody JobRequest request) {
        Employer me = mine();
        return employers.changeJob(me, jobId, request.draft(me.id()));
    }

    @GetMapping("/employers/me/jobs")
    @PreAuthorize("hasRole('" + Roles.EMPLOYER + "')")
    List<Job> myJobs() {
        return employers.jobsOf(mine());
    }

    /** Open jobs by text, for anyone signed in (jobs hold no personal data). */
    @GetMapping("/jobs")
    @PreAuthorize("isAuthenticated()")
    List<Job> search(@RequestParam(defaultValue = "") String q) {
        return employers.search(q);
    }
}

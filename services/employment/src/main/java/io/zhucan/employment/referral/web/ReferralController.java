package io.zhucan.employment.referral.web;

import io.zhucan.employment.employer.Employer;
import io.zhucan.employment.employer.application.EmployerService;
import io.zhucan.employment.outreach.application.HolderAccess;
import io.zhucan.employment.referral.Placement;
import io.zhucan.employment.referral.Referral;
import io.zhucan.employment.referral.application.ReferralService;
import io.zhucan.employment.seeker.application.SeekerService;
import io.zhucan.employment.shared.web.Organization;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Proposals (caseworker of the seeker's region, or the job's employer), the seeker's answer, the employer's steps. */
@RestController
@RequestMapping("${zhucan.api.base-path}")
class ReferralController {

    record ProposalRequest(@NotNull UUID personId) {
    }

    record HireRequest(@NotNull LocalDate startDate, @PositiveOrZero long monthlyWageFen) {
    }

    private final ReferralService referrals;
    private final SeekerService seekers;
    private final EmployerService employers;
    private final HolderAccess access;

    ReferralController(ReferralService referrals, SeekerService seekers, EmployerService employers,
            HolderAccess access) {
        this.referrals = referrals;
        this.seekers = seekers;
        this.employers = employers;
        this.access = access;
    }

    @PostMapping("/jobs/{jobId}/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('" + Roles.CASEWORKER + "')")
    Referral propose(CurrentUser user, @PathVariable UUID jobId, @Valid @RequestBody ProposalRequest request) {
        access.act(user, request.personId(), seekers.seeker(request.personId()).county(), "employment/referral");
        return referrals.propose(jobId, request.personId(), user.username(), false);
    }

    @PostMapping("/employers/me/jobs/{jobId}/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('" + Roles.EMPLOYER + "')")
    Referral invite(CurrentUser user, @PathVariable UUID jobId, @Valid @RequestBody ProposalRequest request) {
        employers.ownJob(me(), jobId);
        return referrals.propose(jobId, request.personId(), user.username(), true);
    }

    @GetMapping("/me/referrals")
    @PreAuthorize("hasRole('" + Roles.CITIZEN + "')")
    List<Referral> mine(CurrentUser user) {
        return referrals.ofPerson(self(user));
    }

    @PostMapping("/me/referrals/{referralId}/accept")
    @PreAuthorize("hasRole('" + Roles.CITIZEN + "')")
    Referral accept(CurrentUser user, @PathVariable UUID referralId) {
        return referrals.answer(self(user), referralId, true);
    }

    @PostMapping("/me/referrals/{referralId}/decline")
    @PreAuthorize("hasRole('" + Roles.CITIZEN + "')")
    Referral decline(CurrentUser user, @PathVariable UUID referralId) {
        return referrals.answer(self(user), referralId, false);
    }

    /** A caseworker records the seeker's answer with them (帮办), as for registration. */
    @PostMapping("/seekers/{personId}/referrals/{referralId}/accept")
    @PreAuthorize("hasRole('" + Roles.CASEWORKER + "')")
    Referral acceptWith(CurrentUser user, @PathVariable UUID personId, @PathVariable UUID referralId) {
        access.act(user, personId, seekers.seeker(personId).county(), "employment/referral");
        return referrals.answer(personId, referralId, true);
    }

    @GetMapping("/employers/me/referrals")
    @PreAuthorize("hasRole('" + Roles.EMPLOYER + "')")
    List<Referral> employerReferrals() {
        return referrals.ofEmployer(me());
    }

    @PostMapping("/employers/me/referrals/{referralId}/interview")
    @PreAuthorize("hasRole('" + Roles.EMPLOYER + "')")
    Referral interviewed(@PathVariable UUID referralId) {
        return referrals.interviewed(me(), referralId);
    }

    @PostMapping("/employers/me/referrals/{referralId}/not-hired")
    @PreAuthorize("hasRole('" + Roles.EMPLOYER + "')")
    Referral notHired(@PathVariable UUID referralId) {
        return referrals.notHired(me(), referralId);
    }

    @PostMapping("/employers/me/referrals/{referralId}/hire")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('" + Roles.EMPLOYER + "')")
    Placement hire(@PathVariable UUID referralId, @Valid @RequestBody HireRequest request) {
        return referrals.hired(me(), referralId, request.startDate(), request.monthlyWageFen());
    }

    private Employer me() {
        return employers.ofOrganization(Organization.ofCaller());
    }

    private static UUID self(CurrentUser user) {
        if (user.personId() == null) {
            throw new AccessDeniedException("the token carries no person id");
        }
        return user.personId();
    }
}

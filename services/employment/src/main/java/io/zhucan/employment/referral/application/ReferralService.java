package io.zhucan.employment.referral.application;

import io.zhucan.employment.employer.Employer;
import io.zhucan.employment.employer.Job;
import io.zhucan.employment.employer.application.EmployerService;
import io.zhucan.employment.matching.HardConstraints;
import io.zhucan.employment.matching.Match;
import io.zhucan.employment.matching.application.MatchingService;
import io.zhucan.employment.referral.Placement;
import io.zhucan.employment.referral.Referral;
import io.zhucan.employment.referral.ReferralStatus;
import io.zhucan.employment.referral.Referrals;
import io.zhucan.employment.seeker.JobSeeker;
import io.zhucan.employment.seeker.application.SeekerService;
import io.zhucan.platform.domain.ConflictException;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.employment.MatchProposed;
import io.zhucan.platform.events.employment.SeekerPlaced;
import io.zhucan.platform.messaging.outbox.EventPublisher;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals and their steps. A proposal must satisfy the hard constraints and is stored with its
 * explained score; every later step needs the seeker's consent as it is now; a hire records the
 * placement and publishes it in the same transaction.
 */
@Service
public class ReferralService {

    private final Referrals referrals;
    private final SeekerService seekers;
    private final EmployerService employers;
    private final MatchingService matching;
    private final EventPublisher events;
    private final Clock clock;

    public ReferralService(Referrals referrals, SeekerService seekers, EmployerService employers,
            MatchingService matching, EventPublisher events, Clock clock) {
        this.referrals = referrals;
        this.seekers = seekers;
        this.employers = employers;
        this.matching = matching;
        this.events = events;
        this.clock = clock;
    }

    /** A caseworker or the job's employer ({@code byEmployer}: only seekers visible to employers) proposes the job. */
    @Transactional
    public Referral propose(UUID jobId, UUID personId, String proposedBy, boolean byEmployer) {
        Job job = employers.job(jobId);
        JobSeeker seeker = seekers.seeker(personId);
        if (byEmployer && !seeker.visibleToEmployers()) {
            throw new NotFoundException("no job seeker for this person");
        }
        Match match = matching.score(seeker, job).orElseThrow(() -> new RuleViolationException("hard-constraint",
                HardConstraints.broken(seeker, job).orElse("the job cannot be proposed")));
        Referral referral = new Referral(UUID.randomUUID(), job.id(), job.employerId(), personId, seeker.county(),
                ReferralStatus.PROPOSED, match.score(), match.factors(), clock.instant(), proposedBy, 0);
        if (!referrals.add(referral)) {
            throw new ConflictException("this job was proposed to this person before");
        }
        events.publish(new MatchProposed(UUID.randomUUID(), clock.instant(), personId, referral.id(), job.id(),
                job.employerId(), seeker.county(), match.score()));
        return referral;
    }

    @Transactional
    public Referral answer(UUID personId, UUID referralId, boolean accept) {
        Referral referral = referral(referralId);
        if (!referral.personId().equals(personId)) {
            throw new NotFoundException("no such referral");
        }
        return move(referral, accept ? ReferralStatus.ACCEPTED : ReferralStatus.DECLINED);
    }

    @Transactional
    public Referral interviewed(Employer owner, UUID referralId) {
        return move(ownReferral(owner, referralId), ReferralStatus.INTERVIEWED);
    }

    @Transactional
    public Referral notHired(Employer owner, UUID referralId) {
        return move(ownReferral(owner, referralId), ReferralStatus.NOT_HIRED);
    }

    @Transactional
    public Placement hired(Employer owner, UUID referralId, LocalDate startDate, long monthlyWageFen) {
        Referral hired = move(ownReferral(owner, referralId), ReferralStatus.HIRED);
        Job job = employers.job(hired.jobId());
        Placement placement = new Placement(UUID.randomUUID(), hired.id(), hired.personId(), job.id(), owner.id(),
                job.workForm(), startDate, monthlyWageFen);
        referrals.addPlacement(placement);
        events.publish(new SeekerPlaced(UUID.randomUUID(), clock.instant(), hired.personId(), placement.id(),
                hired.id(), job.id(), owner.id(), hired.county(), job.workForm(), startDate, monthlyWageFen));
        return placement;
    }

    @Transactional(readOnly = true)
    public List<Referral> ofPerson(UUID personId) {
        return referrals.ofPerson(personId);
    }

    @Transactional(readOnly = true)
    public List<Referral> ofEmployer(Employer owner) {
        return referrals.ofEmployerWithConsent(owner.id());
    }

    private Referral move(Referral referral, ReferralStatus target) {
        if (!seekers.seeker(referral.personId()).active()) {
            throw new ConflictException("the seeker has withdrawn consent or the file is closed");
        }
        Referral moved = referral.moveTo(target);
        if (!referrals.update(moved)) {
            throw new ConflictException("the referral was changed meanwhile; reload and try again");
        }
        return moved;
    }

    private Referral ownReferral(Employer owner, UUID referralId) {
        Referral referral = referral(referralId);
        if (!referral.employerId().equals(owner.id())) {
            throw new AccessDeniedException("the referral belongs to another employer");
        }
        return referral;
    }

    private Referral referral(UUID id) {
        return referrals.byId(id).orElseThrow(() -> new NotFoundException("no such referral"));
    }
}

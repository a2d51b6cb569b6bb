package io.zhucan.employment.employer.application;

import io.zhucan.employment.employer.Employer;
import io.zhucan.employment.employer.Employers;
import io.zhucan.employment.employer.Job;
import io.zhucan.platform.domain.ConflictException;
import io.zhucan.platform.domain.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employers and their jobs. An employer's user acts only for the organisation of their token: every
 * job they touch is checked against it ({@link #ownJob}).
 */
@Service
public class EmployerService {

    private final Employers employers;
    private final Clock clock;

    public EmployerService(Employers employers, Clock clock) {
        this.employers = employers;
        this.clock = clock;
    }

    @Transactional
    public Employer register(String creditCode, String name, String county, int headcount) {
        Employer employer = new Employer(UUID.randomUUID(), creditCode, name, county, headcount, clock.instant());
        if (!employers.add(employer)) {
            throw new ConflictException("an employer with this credit code is registered already");
        }
        return employer;
    }

    /** The organisation of an employer's token; refused if the token names none or an unknown one. */
    @Transactional(readOnly = true)
    public Employer ofOrganization(@Nullable String creditCode) {
        if (creditCode == null) {
            throw new AccessDeniedException("the token names no organisation");
        }
        return employers.byCreditCode(creditCode)
                .orElseThrow(() -> new AccessDeniedException("the token's organisation is not a registered employer"));
    }

    @Transactional(readOnly = true)
    public Employer employer(UUID id) {
        return employers.byId(id).orElseThrow(() -> new NotFoundException("no such employer"));
    }

    @Transactional
    public Job addJob(Employer owner, Job draft) {
        Job job = new Job(UUID.randomUUID(), owner.id(), draft.title(), draft.description(), draft.requiredSkills(),
                draft.minimumEducation(), draft.workForm(), draft.monthlyWageFen(), draft.county(), draft.remote(),
                draft.accessibility(), draft.suitedCategories(), true);
        employers.saveJob(job);
        return job;
    }

    /** Replaces a job's terms; matches are computed from the current terms, so they follow at once. */
    @Transactional
    public Job changeJob(Employer owner, UUID jobId, Job draft) {
        Job current = ownJob(owner, jobId);
        Job changed = new Job(current.id(), owner.id(), draft.title(), draft.description(), draft.requiredSkills(),
                draft.minimumEducation(), draft.workForm(), draft.monthlyWageFen(), draft.county(), draft.remote(),
                draft.accessibility(), draft.suitedCategories(), draft.open());
        employers.saveJob(changed);
        return changed;
    }

    @Transactional(readOnly = true)
    public Job job(UUID jobId) {
        return employers.job(jobId).orElseThrow(() -> new NotFoundException("no such job"));
    }

    /** The job, if it belongs to the employer; another organisation's job is refused (403). */
    @Transactional(readOnly = true)
    public Job ownJob(Employer owner, UUID jobId) {
        Job job = job(jobId);
        if (!job.employerId().equals(owner.id())) {
            throw new AccessDeniedException("the job belongs to another employer");
        }
        return job;
    }

    @Transactional(readOnly = true)
    public List<Job> jobsOf(Employer owner) {
        return employers.jobsOf(owner.id());
    }

    @Transactional(readOnly = true)
    public List<Job> search(String text) {
        return employers.searchOpenJobs(text, 100);
    }

    @Transactional(readOnly = true)
    public List<Employer> inRegion(String regionPrefix) {
        return employers.inRegion(regionPrefix);
    }
}

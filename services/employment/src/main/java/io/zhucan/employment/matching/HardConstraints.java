package io.zhucan.employment.matching;

import io.zhucan.employment.employer.Job;
import io.zhucan.employment.seeker.JobSeeker;
import java.util.Optional;

/**
 * What a proposal may never break. The candidate queries filter by the same rules in SQL; checking
 * again here keeps the rule true whatever a query returns.
 */
public final class HardConstraints {

    /** The first constraint the pair breaks, or empty if it breaks none. */
    public static Optional<String> broken(JobSeeker seeker, Job job) {
        if (seeker.closedReason() != null) {
            return Optional.of("the seeker's file is closed");
        }
        if (!seeker.active()) {
            return Optional.of("the seeker has not consented to matching");
        }
        if (!job.open()) {
            return Optional.of("the job is closed");
        }
        if (!job.accessibility().containsAll(seeker.profile().accommodations())) {
            return Optional.of("the job lacks an accommodation the seeker needs");
        }
        if (!seeker.profile().workForms().contains(job.workForm())) {
            return Optional.of("the seeker does not want this form of work");
        }
        if (!seeker.profile().education().meets(job.minimumEducation())) {
            return Optional.of("the seeker's education is below the job's minimum");
        }
        if (!job.remote() && !job.city().equals(seeker.profile().city())) {
            return Optional.of("the job is in another city and not remote");
        }
        return Optional.empty();
    }

    private HardConstraints() {
    }
}

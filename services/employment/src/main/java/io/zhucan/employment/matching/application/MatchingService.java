package io.zhucan.employment.matching.application;

import io.zhucan.employment.employer.Employers;
import io.zhucan.employment.employer.Job;
import io.zhucan.employment.employer.JobFilter;
import io.zhucan.employment.matching.Match;
import io.zhucan.employment.matching.MatchScorer;
import io.zhucan.employment.matching.MatchingWeights;
import io.zhucan.employment.seeker.JobSeeker;
import io.zhucan.employment.seeker.SeekerFilter;
import io.zhucan.employment.seeker.Seekers;
import io.zhucan.employment.shared.RegionListing;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranked matches, computed from the current job and profile on every request, so a changed job or
 * profile (or a withdrawn consent) is re-matched at once.
 */
@Service
public class MatchingService {

    /** Candidates the database hands to the scorer; the best {@code limit} of them are returned. */
    static final int CANDIDATES = 2_000;

    private final Employers employers;
    private final Seekers seekers;
    private final MatchScorer scorer = new MatchScorer(MatchingWeights.DEFAULT);

    public MatchingService(Employers employers, Seekers seekers) {
        this.employers = employers;
        this.seekers = seekers;
    }

    @Transactional(readOnly = true)
    public List<Match> jobsFor(JobSeeker seeker, int limit) {
        if (!seeker.active()) {
            return List.of();
        }
        var p = seeker.profile();
        JobFilter filter = new JobFilter(p.accommodations(), p.workForms(), p.education(), p.city(), p.locationCounty());
        return rank(employers.openJobs(filter, CANDIDATES).stream().map(job -> scorer.score(seeker, job)).toList(),
                limit);
    }

    /** Seekers for a job; employers see only those who consented to their view. */
    @Transactional(readOnly = true)
    public List<Match> seekersFor(Job job, boolean employerViewOnly, RegionListing region, int limit) {
        if (!job.open()) {
            return List.of();
        }
        SeekerFilter filter = new SeekerFilter(job.accessibility(), job.workForm(), job.minimumEducation(), job.remote(),
                job.city(), job.county(), employerViewOnly, region);
        return rank(seekers.consenting(filter, CANDIDATES).stream().map(seeker -> scorer.score(seeker, job)).toList(),
                limit);
    }

    public Optional<Match> score(JobSeeker seeker, Job job) {
        return scorer.score(seeker, job);
    }

    private static List<Match> rank(List<Optional<Match>> scored, int limit) {
        return scored.stream().flatMap(Optional::stream).sorted(Match.BEST_FIRST).limit(limit).toList();
    }
}

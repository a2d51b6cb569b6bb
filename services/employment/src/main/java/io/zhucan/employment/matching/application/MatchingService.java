package io.zhucan.employment.matching.application;

import io.zhucan.employment.employer.Job;
import io.zhucan.employment.matching.Candidates;
import io.zhucan.employment.matching.Match;
import io.zhucan.employment.matching.MatchScorer;
import io.zhucan.employment.matching.MatchingWeights;
import io.zhucan.employment.seeker.JobSeeker;
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

    private final Candidates candidates;
    private final MatchScorer scorer = new MatchScorer(MatchingWeights.DEFAULT);

    public MatchingService(Candidates candidates) {
        this.candidates = candidates;
    }

    @Transactional(readOnly = true)
    public List<Match> jobsFor(JobSeeker seeker, int limit) {
        return rank(candidates.jobsFor(seeker, CANDIDATES).stream().map(job -> scorer.score(seeker, job)).toList(),
                limit);
    }

    /** Seekers for a job; employers see only those who consented to their view. */
    @Transactional(readOnly = true)
    public List<Match> seekersFor(Job job, boolean employerViewOnly, String regionPrefix, int limit) {
        return rank(candidates.seekersFor(job, employerViewOnly, regionPrefix, CANDIDATES).stream()
                .map(seeker -> scorer.score(seeker, job)).toList(), limit);
    }

    public Optional<Match> score(JobSeeker seeker, Job job) {
        return scorer.score(seeker, job);
    }

    private static List<Match> rank(List<Optional<Match>> scored, int limit) {
        return scored.stream().flatMap(Optional::stream).sorted(Match.BEST_FIRST).limit(limit).toList();
    }
}

package io.zhucan.employment.matching;

import io.zhucan.employment.employer.Job;
import io.zhucan.employment.seeker.JobSeeker;
import java.util.Comparator;
import java.util.List;

/** A seeker and a job that break no hard constraint, with the score and the factors that sum to it. */
public record Match(JobSeeker seeker, Job job, int score, List<Factor> factors) {

    /** Best first; ties in a stable order. */
    public static final Comparator<Match> BEST_FIRST = Comparator.comparingInt(Match::score).reversed()
            .thenComparing(m -> m.job().id())
            .thenComparing(m -> m.seeker().personId());

    public Match {
        factors = List.copyOf(factors);
        if (factors.stream().mapToInt(Factor::points).sum() != score) {
            throw new IllegalArgumentException("a score is the sum of its factors");
        }
    }
}

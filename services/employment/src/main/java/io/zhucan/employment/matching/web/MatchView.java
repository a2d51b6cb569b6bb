package io.zhucan.employment.matching.web;

import io.zhucan.employment.matching.Factor;
import io.zhucan.employment.matching.Match;
import io.zhucan.employment.seeker.Profile;
import java.util.List;
import java.util.UUID;

/** A ranked job for a seeker: the job, its score and the factors that make it up. */
record MatchView(UUID jobId, UUID employerId, String title, long monthlyWageFen, String county, boolean remote,
        int score, List<Factor> explanation) {

    static MatchView of(Match m) {
        return new MatchView(m.job().id(), m.job().employerId(), m.job().title(), m.job().monthlyWageFen(),
                m.job().county(), m.job().remote(), m.score(), m.factors());
    }

    /** A ranked seeker for a job, as a caseworker or an employer sees them: profile, no identity beyond the id. */
    record Candidate(UUID personId, String county, Profile profile, int score, List<Factor> explanation) {

        static Candidate of(Match m) {
            return new Candidate(m.seeker().personId(), m.seeker().county(), m.seeker().profile(), m.score(),
                    m.factors());
        }
    }
}

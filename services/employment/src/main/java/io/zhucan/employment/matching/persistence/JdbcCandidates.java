package io.zhucan.employment.matching.persistence;

import io.zhucan.employment.employer.Job;
import io.zhucan.employment.employer.persistence.JobRows;
import io.zhucan.employment.matching.Candidates;
import io.zhucan.employment.seeker.JobSeeker;
import io.zhucan.employment.seeker.persistence.SeekerRows;
import io.zhucan.employment.shared.persistence.SqlArrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The hard constraints in SQL, so only feasible pairs reach the scorer: array containment on the
 * GIN-indexed accessibility and accommodations, the form of work, education rank, city or remote.
 * Nearest first, so a limit keeps the candidates the place factor favours.
 */
@Repository
class JdbcCandidates implements Candidates {

    private final JdbcClient jdbc;

    JdbcCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Job> jobsFor(JobSeeker seeker, int limit) {
        if (!seeker.active()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT * FROM job
                        WHERE open AND accessibility @> :needs::text[] AND work_form = ANY (:forms::text[])
                          AND min_education_rank <= :rank AND (remote OR city = :city)
                        ORDER BY (county = :county) DESC, (city = :city) DESC, monthly_wage_fen DESC, id
                        LIMIT :limit""")
                .param("needs", SqlArrays.names(seeker.profile().accommodations()))
                .param("forms", SqlArrays.names(seeker.profile().workForms()))
                .param("rank", seeker.profile().education().rank())
                .param("city", seeker.profile().city()).param("county", seeker.profile().locationCounty())
                .param("limit", limit)
                .query(JobRows::job).list();
    }

    @Override
    public List<JobSeeker> seekersFor(Job job, boolean employerViewOnly, String regionPrefix, int limit) {
        if (!job.open()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT * FROM seeker
                        WHERE 'MATCHING' = ANY (consent_scopes) AND closed_reason IS NULL
                          AND (NOT :viewOnly OR 'EMPLOYER_VIEW' = ANY (consent_scopes))
                          AND accommodations <@ :offers::text[] AND work_forms @> ARRAY[:form]::text[]
                          AND education_rank >= :rank AND (:remote OR location_city = :city)
                          AND county LIKE :region
                        ORDER BY (location_county = :county) DESC, (location_city = :city) DESC, person_id
                        LIMIT :limit""")
                .param("viewOnly", employerViewOnly)
                .param("offers", SqlArrays.names(job.accessibility())).param("form", job.workForm().name())
                .param("rank", job.minimumEducation().rank()).param("remote", job.remote())
                .param("city", job.city()).param("county", job.county()).param("region", regionPrefix + "%")
                .param("limit", limit)
                .query(SeekerRows::seeker).list();
    }
}

package io.zhucan.employment.employer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Employers and their jobs. */
public interface Employers {

    boolean add(Employer employer);

    Optional<Employer> byId(UUID id);

    Optional<Employer> byCreditCode(String creditCode);

    List<Employer> inRegion(String regionPrefix);

    void saveJob(Job job);

    Optional<Job> job(UUID id);

    List<Job> jobsOf(UUID employerId);

    /** Open jobs that pass the filter's hard constraints, nearest first (GIN-indexed array containment). */
    List<Job> openJobs(JobFilter filter, int limit);

    /** Open jobs whose title, description or skills match the text (PostgreSQL full text). */
    List<Job> searchOpenJobs(String text, int limit);
}

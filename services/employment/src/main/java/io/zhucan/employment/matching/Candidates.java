package io.zhucan.employment.matching;

import io.zhucan.employment.employer.Job;
import io.zhucan.employment.seeker.JobSeeker;
import java.util.List;

/** Candidate filtering by the hard constraints, done by the database (indexes, array containment). */
public interface Candidates {

    /** Open jobs the seeker could be proposed, at most {@code limit}, nearest first. */
    List<Job> jobsFor(JobSeeker seeker, int limit);

    /** Seekers consenting to matching (and, if asked, to employers' view) the job could be proposed to. */
    List<JobSeeker> seekersFor(Job job, boolean employerViewOnly, String regionPrefix, int limit);
}

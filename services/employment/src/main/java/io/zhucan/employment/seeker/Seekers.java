package io.zhucan.employment.seeker;

import io.zhucan.employment.shared.RegionListing;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface Seekers {

    /** Inserts a new seeker; false if the person is registered already. */
    boolean add(JobSeeker seeker);

    void update(JobSeeker seeker);

    /** Keeps the consent as given (time, scope, who), next to the current state. */
    void recordConsent(JobSeeker seeker, String recordedAs);

    Optional<JobSeeker> byPerson(UUID personId);

    /** Consenting seekers that pass the filter's hard constraints, nearest first. */
    List<JobSeeker> consenting(SeekerFilter filter, int limit);

    /** Consenting seekers of a region whose skills match the text, for caseworkers. */
    List<JobSeeker> searchActive(RegionListing region, String text, int limit);
}

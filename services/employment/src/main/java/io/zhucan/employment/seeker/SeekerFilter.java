package io.zhucan.employment.seeker;

import io.zhucan.employment.shared.Accommodation;
import io.zhucan.employment.shared.Education;
import io.zhucan.employment.shared.RegionListing;
import io.zhucan.platform.events.employment.WorkForm;
import java.util.Set;

/**
 * Which consenting seekers a job could be offered to (the hard constraints as a query): they need
 * nothing the job does not offer, want its form of work, meet its education, live in its city
 * unless it is remote, and belong to {@code regionPrefix}; with {@code employerViewOnly}, only those
 * who let employers see them. Nearest first ({@code county}, then {@code city}).
 */
public record SeekerFilter(Set<Accommodation> offered, WorkForm workForm, Education minimumEducation, boolean remote,
        String city, String county, boolean employerViewOnly, RegionListing region) {

    public SeekerFilter {
        offered = Set.copyOf(offered);
    }
}

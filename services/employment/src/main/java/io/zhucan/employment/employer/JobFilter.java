package io.zhucan.employment.employer;

import io.zhucan.employment.shared.Accommodation;
import io.zhucan.employment.shared.Education;
import io.zhucan.platform.events.employment.WorkForm;
import java.util.Set;

/**
 * Which open jobs a seeker could be offered (the hard constraints as a query): every accommodation
 * needed is offered, a form of work the seeker wants, education met, in the seeker's city or remote.
 * Nearest first ({@code county}, then {@code city}).
 */
public record JobFilter(Set<Accommodation> needed, Set<WorkForm> workForms, Education education, String city,
        String county) {

    public JobFilter {
        needed = Set.copyOf(needed);
        workForms = Set.copyOf(workForms);
    }
}

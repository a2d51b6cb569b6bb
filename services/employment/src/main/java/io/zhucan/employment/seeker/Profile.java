package io.zhucan.employment.seeker;

import io.zhucan.employment.shared.Accommodation;
import io.zhucan.employment.shared.Education;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.employment.WorkForm;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a seeker tells the employment service: skills (free tags, kept lower-case), education,
 * the forms of work they want, where they live (county) and the accommodations they need.
 */
public record Profile(List<String> skills, Education education, Set<WorkForm> workForms, String locationCounty,
        Set<Accommodation> accommodations) {

    public Profile {
        if (workForms.isEmpty()) {
            throw new RuleViolationException("profile.work-forms", "name at least one preferred form of work");
        }
        if (!locationCounty.matches("\\d{6}")) {
            throw new RuleViolationException("profile.location", "location must be a six-digit county code");
        }
        skills = skills.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).distinct()
                .toList();
        workForms = Set.copyOf(workForms);
        accommodations = Set.copyOf(accommodations);
    }

    public String city() {
        return locationCounty.substring(0, 4);
    }
}

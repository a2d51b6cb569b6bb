package io.zhucan.employment.employer;

import io.zhucan.employment.shared.Accommodation;
import io.zhucan.employment.shared.Education;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.employment.WorkForm;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A job an employer offers: requirements (skills, minimum education, form of work), monthly wage
 * in fen, place (county, or remote), the accessibility it provides and the disability categories
 * it particularly suits.
 */
public record Job(UUID id, UUID employerId, String title, String description, List<String> requiredSkills,
        Education minimumEducation, WorkForm workForm, long monthlyWageFen, String county, boolean remote,
        Set<Accommodation> accessibility, Set<DisabilityCategory> suitedCategories, boolean open) {

    public Job {
        if (monthlyWageFen < 0) {
            throw new RuleViolationException("job.wage", "the wage cannot be negative");
        }
        if (!county.matches("\\d{6}")) {
            throw new RuleViolationException("job.county", "county must be a six-digit code");
        }
        requiredSkills = requiredSkills.stream().map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).distinct().toList();
        accessibility = Set.copyOf(accessibility);
        suitedCategories = Set.copyOf(suitedCategories);
    }

    public String city() {
        return county.substring(0, 4);
    }
}

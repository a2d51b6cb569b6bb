package io.zhucan.employment.employer.web;

import io.zhucan.employment.employer.Job;
import io.zhucan.employment.shared.Accommodation;
import io.zhucan.employment.shared.Education;
import io.zhucan.platform.events.employment.WorkForm;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

record JobRequest(
        @NotBlank @Size(max = 100) String title,
        @NotNull @Size(max = 2000) String description,
        @NotNull @Size(max = 30) List<@Size(max = 40) String> requiredSkills,
        @NotNull Education minimumEducation,
        @NotNull WorkForm workForm,
        @PositiveOrZero long monthlyWageFen,
        @NotNull @Pattern(regexp = "\\d{6}") String county,
        boolean remote,
        @NotNull Set<Accommodation> accessibility,
        @NotNull Set<DisabilityCategory> suitedCategories,
        @Nullable Boolean open) {

    Job draft(UUID employerId) {
        return new Job(new UUID(0, 0), employerId, title, description, requiredSkills, minimumEducation, workForm,
                monthlyWageFen, county, remote, accessibility, suitedCategories, open == null || open);
    }
}

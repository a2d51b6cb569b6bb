package io.zhucan.employment.seeker.web;

import io.zhucan.employment.seeker.Profile;
import io.zhucan.employment.shared.Accommodation;
import io.zhucan.employment.shared.Education;
import io.zhucan.platform.events.employment.ConsentScope;
import io.zhucan.platform.events.employment.WorkForm;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A seeker's profile and, on registration, the consent given with it. */
record ProfileRequest(
        @NotNull @Size(max = 50) List<@Size(max = 40) String> skills,
        @NotNull Education education,
        @NotEmpty Set<WorkForm> workForms,
        @NotNull @Pattern(regexp = "\\d{6}") String locationCounty,
        @NotNull Set<Accommodation> accommodations,
        @Nullable Set<ConsentScope> consent) {

    Profile profile() {
        return new Profile(skills, education, workForms, locationCounty, accommodations);
    }

    Set<ConsentScope> consentScopes() {
        return consent == null ? Set.of() : consent;
    }
}

package io.zhucan.employment.support;

import io.zhucan.employment.employer.Job;
import io.zhucan.employment.seeker.Consent;
import io.zhucan.employment.seeker.JobSeeker;
import io.zhucan.employment.seeker.Profile;
import io.zhucan.employment.shared.Accommodation;
import io.zhucan.employment.shared.Education;
import io.zhucan.platform.events.employment.ConsentScope;
import io.zhucan.platform.events.employment.WorkForm;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Seekers and jobs for the matching tests, built with readable defaults. */
public final class Fixtures {

    public static final Set<ConsentScope> FULL_CONSENT = Set.of(ConsentScope.MATCHING, ConsentScope.EMPLOYER_VIEW);

    public static JobSeeker seeker(DisabilityCategory category, String county, Set<Accommodation> needs,
            Set<WorkForm> forms, List<String> skills) {
        return new JobSeeker(UUID.randomUUID(), UUID.randomUUID(), county, category,
                new Profile(skills, Education.SENIOR_SECONDARY, forms, county, needs),
                new Consent(FULL_CONSENT, Instant.EPOCH, "test"), Instant.EPOCH, null);
    }

    public static Job job(String title, String county, boolean remote, WorkForm form, long wageFen,
            Set<Accommodation> offers, List<String> skills, Set<DisabilityCategory> suits) {
        return new Job(UUID.randomUUID(), UUID.randomUUID(), title, title, skills, Education.JUNIOR_SECONDARY, form,
                wageFen, county, remote, offers, suits, true);
    }

    private Fixtures() {
    }
}

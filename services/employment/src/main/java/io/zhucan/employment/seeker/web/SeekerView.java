package io.zhucan.employment.seeker.web;

import io.zhucan.employment.seeker.JobSeeker;
import io.zhucan.employment.seeker.Profile;
import io.zhucan.platform.events.employment.ConsentScope;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A seeker as the seeker themselves and their caseworker see them. */
record SeekerView(UUID seekerId, UUID personId, String county, boolean active, Profile profile,
        Set<ConsentScope> consentScopes, Instant consentChangedAt, String consentRecordedBy) {

    static SeekerView of(JobSeeker s) {
        return new SeekerView(s.id(), s.personId(), s.county(), s.active(), s.profile(), s.consent().scopes(),
                s.consent().changedAt(), s.consent().recordedBy());
    }
}

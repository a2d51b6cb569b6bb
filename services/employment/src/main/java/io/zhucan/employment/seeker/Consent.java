package io.zhucan.employment.seeker;

import io.zhucan.platform.events.employment.ConsentScope;
import java.time.Instant;
import java.util.Set;

/**
 * A seeker's consent as last given or withdrawn: its scopes (empty once withdrawn), when, and who
 * recorded it (the seeker, or a caseworker with them).
 */
public record Consent(Set<ConsentScope> scopes, Instant changedAt, String recordedBy) {

    public Consent {
        scopes = Set.copyOf(scopes);
    }

    public boolean allowsMatching() {
        return scopes.contains(ConsentScope.MATCHING);
    }

    /** Employers see a profile only if the seeker is matched at all and agreed to be seen. */
    public boolean allowsEmployerView() {
        return allowsMatching() && scopes.contains(ConsentScope.EMPLOYER_VIEW);
    }
}

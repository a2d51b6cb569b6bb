package io.zhucan.employment.seeker;

import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import java.time.Instant;
import java.util.UUID;

/**
 * A certificate holder of labour age who gave a profile and consent. Active (matched, referred,
 * shown) only while the consent covers matching; withdrawing it hides them at once, because every
 * query and every step of a referral reads the consent as it is now.
 */
public record JobSeeker(UUID id, UUID personId, String county, DisabilityCategory category, Profile profile,
        Consent consent, Instant registeredAt) {

    public boolean active() {
        return consent.allowsMatching();
    }

    public boolean visibleToEmployers() {
        return consent.allowsEmployerView();
    }

    public JobSeeker withProfile(Profile changed) {
        return new JobSeeker(id, personId, county, category, changed, consent, registeredAt);
    }

    public JobSeeker withConsent(Consent changed) {
        return new JobSeeker(id, personId, county, category, profile, changed, registeredAt);
    }
}

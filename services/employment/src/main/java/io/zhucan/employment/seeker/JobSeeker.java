package io.zhucan.employment.seeker;

import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A certificate holder of labour age who gave a profile and consent. Active (matched, referred,
 * shown) only while the consent covers matching and the file is open; withdrawing consent hides them
 * at once, because every query and every step of a referral reads the consent as it is now. The
 * file closes when the certificate is cancelled (death, among other reasons).
 */
public record JobSeeker(UUID id, UUID personId, String county, DisabilityCategory category, Profile profile,
        Consent consent, Instant registeredAt, @Nullable String closedReason) {

    public boolean active() {
        return closedReason == null && consent.allowsMatching();
    }

    public boolean visibleToEmployers() {
        return active() && consent.allowsEmployerView();
    }

    public JobSeeker withProfile(Profile changed) {
        return new JobSeeker(id, personId, county, category, changed, consent, registeredAt, closedReason);
    }

    public JobSeeker withConsent(Consent changed) {
        return new JobSeeker(id, personId, county, category, profile, changed, registeredAt, closedReason);
    }

    /** The certificate moved to another county: so does the seeker's case (属地管理). */
    public JobSeeker movedTo(String newCounty) {
        return new JobSeeker(id, personId, newCounty, category, profile, consent, registeredAt, closedReason);
    }

    public JobSeeker closed(String reason) {
        return new JobSeeker(id, personId, county, category, profile, consent, registeredAt, reason);
    }
}
